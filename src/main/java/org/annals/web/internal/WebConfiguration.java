package org.annals.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * Chinese first, English on request: {@code ?lang=en} (remembered in a cookie), else the
 * browser's {@code Accept-Language}, else Chinese. Uploads up to
 * {@code annals.web.max-upload-size}, their parts held while received in
 * {@code $ANNALS_HOME/tmp/uploads}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

	private static final String LANG_COOKIE = "annals-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANG_COOKIE);
		resolver.setDefaultLocaleFunction(WebConfiguration::browserLocale);
		return resolver;
	}

	/**
	 * The language of a request where the locale resolver has not run yet (the security
	 * filters, before Spring MVC): {@code ?lang=}, else the cookie {@code ?lang=} left,
	 * else the browser's. Never the server's own locale.
	 * @param request the request
	 * @return English or Chinese
	 */
	static Locale locale(HttpServletRequest request) {
		String lang = request.getParameter("lang");
		if (lang == null) {
			Cookie cookie = WebUtils.getCookie(request, LANG_COOKIE);
			lang = (cookie != null) ? cookie.getValue() : null;
		}
		return (lang != null) ? Messages.locale(StringUtils.parseLocale(lang).getLanguage()) : browserLocale(request);
	}

	private static Locale browserLocale(HttpServletRequest request) {
		return (request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en"))
				? Locale.ENGLISH : Messages.CHINESE;
	}

	/**
	 * The upload limit, for the page and the API alike: a file one byte over it is
	 * refused (413) before anything is stored. The request may be a little larger than
	 * the file, for the multipart headers around it. Parts wait on the data disk, not in
	 * the system's temporary folder, which may be small or in memory.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(WebProperties web, AnnalsProperties annals) {
		Path folder = uploadFolder(annals);
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot make the upload folder " + folder, ex);
		}
		long limit = web.web().maxUploadSize().toBytes();
		return new MultipartConfigElement(folder.toAbsolutePath().toString(), limit, limit + 64 * 1024, 0);
	}

	static Path uploadFolder(AnnalsProperties annals) {
		return annals.home().resolve("tmp").resolve("uploads");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		// a table download's ?lang=en asks for the English edition of the table (issue
		// 24),
		// not for the pages in English
		registry.addInterceptor(interceptor).excludePathPatterns("/downloads/tables/**");
	}

}
