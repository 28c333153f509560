package org.annals.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import org.annals.support.AnnalsProperties;

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
 * browser's {@code Accept-Language}, else Chinese. Uploads up to
 * {@code annals.web.max-upload-size}, their parts held while received in
 * {@code $ANNALS_HOME/tmp/uploads}.
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
		registry.addInterceptor(interceptor);
	}

}
