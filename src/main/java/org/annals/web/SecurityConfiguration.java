package org.annals.web;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in, deny by default: {@code /actuator/health} and the login page are open; pages
 * need a form login (with CSRF), {@code /api/**} HTTP Basic. The first operator is
 * {@code admin}, its password from {@code ANNALS_ADMIN_PASSWORD}, or generated and
 * printed once. (Users in the database and roles per department come with the operators'
 * console.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	@Order(0)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error", "/css/**", "/js/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/tables", false).permitAll())
			.logout(Customizer.withDefaults())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(@Value("${annals.admin-password:}") String password, PasswordEncoder encoder) {
		String secret = password;
		if (secret.isBlank()) {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			secret = HexFormat.of().formatHex(random);
			String line = "首个管理员 admin 的密码（只显示这一次）/ password of the first operator admin (shown once): " + secret;
			System.err.println(line);
			logger.warn(
					"ANNALS_ADMIN_PASSWORD is not set; a password for admin was generated and printed on the console");
		}
		return new InMemoryUserDetailsManager(User.withUsername("admin")
			.password(encoder.encode(secret))
			.roles("OPERATOR", "EDITOR", "ARCHIVIST")
			.build());
	}

}
