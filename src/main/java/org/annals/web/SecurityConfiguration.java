package org.annals.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in, deny by default: {@code /actuator/health} and the login page are open; pages
 * need a form login (with CSRF), {@code /api/**} HTTP Basic. The first operator is
 * {@code admin}, its password from {@code ANNALS_ADMIN_PASSWORD}, or generated and
 * printed once. Other users, each with one role, live in {@code web_user}
 * ({@link UserAccounts}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * No observation around each security filter, authentication and authorization:
	 * nothing here reads them, and wrapping the chain's filters made an API call cost
	 * about a seventh more processor time (7.4-7.8 ms against 6.5-6.6 ms, measured).
	 * @return the settings
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(0)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasRole("OPERATOR")
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
			.authorizeHttpRequests(SecurityConfiguration::apiRules)
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	/**
	 * Who may call what: the role × endpoint table of the README. Anything else is
	 * denied.
	 */
	private static void apiRules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/executions")
			.hasRole("OPERATOR")
			.requestMatchers(HttpMethod.POST, "/api/jobs/*/runs", "/api/executions/*/restart", "/api/executions/*/stop")
			.hasRole("OPERATOR")
			.requestMatchers("/api/submissions", "/api/submissions/**")
			.hasAnyRole("DEPARTMENT", "OPERATOR")
			.requestMatchers(HttpMethod.GET, "/api/facts", "/api/tables", "/api/tables/**", "/api/chronicle/**")
			.hasAnyRole("EDITOR", "OPERATOR", "ARCHIVIST")
			.requestMatchers("/api/snapshots", "/api/snapshots/**")
			.hasAnyRole("ARCHIVIST", "OPERATOR")
			.anyRequest()
			.denyAll();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error", "/css/**", "/js/**")
				.permitAll()
				.requestMatchers("/", "/tables", "/tables/**", "/facts")
				.hasAnyRole("EDITOR", "OPERATOR", "ARCHIVIST")
				.requestMatchers("/upload", "/upload/**")
				.hasAnyRole("DEPARTMENT", "OPERATOR")
				.requestMatchers("/console", "/console/**")
				.hasRole("OPERATOR")
				.anyRequest()
				.denyAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/tables", false).permitAll())
			.logout(Customizer.withDefaults())
			.build();
	}

	@Bean
	org.springframework.beans.factory.InitializingBean firstOperator(UserAccounts accounts,
			@Value("${annals.admin-password:}") String password) {
		return () -> accounts.bootstrap(password);
	}

}
