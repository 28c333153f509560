package org.annals.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.annals.web.UserAccounts;

/**
 * The user accounts and the audit log, for the web application and for
 * {@code annals users} alike.
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	/**
	 * The password encoder: Spring Security's own, every password checked in full (a
	 * cache of verified passwords went with issue 21: no benchmark case showed it).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuditLog auditLog(JdbcClient jdbc) {
		return new AuditLog(jdbc);
	}

	@Bean
	UserAccounts userAccounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog auditLog) {
		return new UserAccounts(jdbc, encoder, auditLog);
	}

}
