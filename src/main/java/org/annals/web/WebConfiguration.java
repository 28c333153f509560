package org.annals.web;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English on request: {@code ?lang=en} (remembered in a cookie), else the
 * browser's {@code Accept-Language}, else Chinese.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("annals-lang");
		resolver.setDefaultLocaleFunction((request) -> (request.getHeader("Accept-Language") != null
				&& request.getLocale().getLanguage().equals("en")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

}
