package org.annals.web.internal;

import java.time.Clock;
import java.time.Duration;

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
	 * The password encoder: Spring Security's own, behind {@link RememberedPasswords}
	 * unless {@code annals.web.sign-in.remember-passwords} is {@code 0s}.
	 */
	@Bean
	PasswordEncoder passwordEncoder(WebProperties properties) {
		PasswordEncoder plain = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		Duration lifetime = properties.web().signIn().rememberPasswords();
		return lifetime.isZero() ? plain : new RememberedPasswords(plain, Clock.systemUTC(), lifetime);
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
