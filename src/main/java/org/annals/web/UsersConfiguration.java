package org.annals.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The user accounts and the audit log, for the web application and for
 * {@code annals users} alike.
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
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
