package org.annals.web.internal;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import org.annals.web.UserAccounts;

/**
 * Sign-in, deny by default: {@code /actuator/health} and the login page are open; pages
 * need a form login (with CSRF) and download through that session; {@code /api/**} takes
 * HTTP Basic from programs, never asks a browser for it ({@link ApiSignIn}), and refuses
 * a browser's changing request from another origin ({@link CrossSiteRequests}). Failed
 * sign-ins are throttled per account and per address ({@link ThrottledSignIn}), and
 * sign-ins, failures and refusals of signed-in users are audited ({@link AuditLog}). The
 * first operator is {@code admin} ({@link FirstOperator}); other users, each with one
 * role, live in {@code web_user} ({@link UserAccounts}).
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
		ApiSignIn signIn = new ApiSignIn();
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasRole("OPERATOR")
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(signIn))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn))
			.addFilterBefore(new CrossSiteRequests(), BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		ApiSignIn signIn = new ApiSignIn();
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(SecurityConfiguration::apiRules)
			.httpBasic((basic) -> basic.authenticationEntryPoint(signIn))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn).accessDeniedHandler(signIn))
			.addFilterBefore(new CrossSiteRequests(), BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no token to send: a browser's request from another origin is refused above
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
			.requestMatchers(HttpMethod.POST, "/api/facts/choices")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.DELETE, "/api/tables/*")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, "/api/facts", "/api/tables", "/api/tables/**", "/api/chronicle/**")
			.hasAnyRole("EDITOR", "OPERATOR", "ARCHIVIST")
			.requestMatchers("/api/snapshots", "/api/snapshots/**")
			.hasAnyRole("ARCHIVIST", "OPERATOR")
			.requestMatchers(HttpMethod.GET, "/api/deliverables")
			.hasAnyRole("EDITOR", "OPERATOR")
			// review (三级联动审查, issue 22): reviewers only; the region scoping is the
			// review module's (another region's item is a 404, another level's a 403)
			.requestMatchers("/api/reviews", "/api/reviews/**")
			.hasRole("REVIEWER")
			// end of review
			.anyRequest()
			.denyAll();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<WebInvocationPrivilegeEvaluator> privileges)
			throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error", "/css/**", "/js/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/facts/choices")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.POST, "/chronicle/corrections")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.GET, "/chronicle")
				.hasAnyRole("EDITOR", "OPERATOR", "ARCHIVIST")
				.requestMatchers(HttpMethod.GET, "/")
				.authenticated()
				.requestMatchers("/tables", "/tables/**", "/facts")
				.hasAnyRole("EDITOR", "OPERATOR", "ARCHIVIST")
				.requestMatchers(HttpMethod.GET, "/downloads/**")
				.hasAnyRole("EDITOR", "OPERATOR", "ARCHIVIST")
				.requestMatchers("/upload", "/upload/**")
				.hasAnyRole("DEPARTMENT", "OPERATOR")
				.requestMatchers(HttpMethod.GET, "/deliverables")
				.hasAnyRole("EDITOR", "OPERATOR")
				.requestMatchers("/console", "/console/**")
				.hasRole("OPERATOR")
				.requestMatchers("/snapshots", "/snapshots/**", "/audit", "/audit/**")
				.hasAnyRole("ARCHIVIST", "OPERATOR")
				// review pages (issue 22): the reviewer's queue and an item's page
				.requestMatchers("/review", "/review/**")
				.hasRole("REVIEWER")
				// end of review
				.anyRequest()
				.denyAll())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(new LandingPage(privileges))
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new CsrfTokens()))
			.logout(Customizer.withDefaults())
			.build();
	}

	/**
	 * Back to the form, saying whether the sign-in was wrong or is throttled (and for how
	 * long).
	 */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws java.io.IOException {
		String query = (ex instanceof SignInThrottledException throttled) ? "locked=" + throttled.minutes() + "&scope="
				+ throttled.scope().name().toLowerCase(java.util.Locale.ROOT) : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

	@Bean
	TimeMeter signInTime() {
		return TimeMeter.SYSTEM_MILLISECONDS;
	}

	@Bean
	SignInThrottle signInThrottle(WebProperties properties, TimeMeter signInTime) {
		return new SignInThrottle(properties.web().signIn(), signInTime);
	}

	/**
	 * The one way users sign in, form or HTTP Basic: their name and password from
	 * {@code web_user}, throttled.
	 */
	@Bean
	AuthenticationProvider signInProvider(UserAccounts users, PasswordEncoder encoder, SignInThrottle throttle,
			ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledSignIn(passwords, throttle, events);
	}

	@Bean
	SignInAudit signInAudit() {
		return new SignInAudit();
	}

	@Bean
	AccessDeniedAudit accessDeniedAudit() {
		return new AccessDeniedAudit();
	}

	@Bean
	InitializingBean firstOperator(UserAccounts accounts, WebProperties properties) {
		return () -> new FirstOperator(accounts)
			.ensureAndTell(java.util.Objects.requireNonNullElse(properties.adminPassword(), ""));
	}

}
