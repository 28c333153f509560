package org.annals.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.annals.support.Messages;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How {@code /api/**} answers a request it cannot sign in: 401 with a JSON message, and
 * never a {@code WWW-Authenticate: Basic} challenge, so that a browser never asks its
 * user for a password and never keeps one that a hostile page's request would then carry;
 * 429 with {@code Retry-After} when the account or the address is throttled. Programs
 * send their credentials with the first request ({@code curl -u}). A request its role may
 * not make is a 403 with a JSON message.
 */
final class ApiSignIn implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		if (ex instanceof SignInThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
			body.put("error", throttledMessage(throttled, WebConfiguration.locale(request)));
			body.put("retryAfterSeconds", Math.max(1, throttled.retryAfter().toSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS, body);
			return;
		}
		body.put("error", Messages.get(WebConfiguration.locale(request),
				(ex instanceof BadCredentialsException) ? "api.error.badCredentials" : "api.error.signInNeeded"));
		write(response, HttpStatus.UNAUTHORIZED, body);
	}

	/**
	 * A signed-in program asking for what its role may not have: 403 with a JSON message,
	 * whatever it accepts (a page gets the product's page instead).
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", Messages.get(WebConfiguration.locale(request), "roles.api.forbidden"));
		body.put("path", request.getRequestURI());
		write(response, HttpStatus.FORBIDDEN, body);
	}

	static String throttledMessage(SignInThrottledException throttled, Locale locale) {
		return Messages.get(locale, (throttled.scope() == SignInThrottledException.Scope.ACCOUNT)
				? "api.error.lockedAccount" : "api.error.lockedAddress", throttled.minutes());
	}

	static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> body) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
	}

}
