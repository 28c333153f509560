package org.annals.web.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.annals.support.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that would change something ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) when a browser says it comes from a page of another
 * origin: an {@code Origin} header that is not ours, or {@code Sec-Fetch-Site}
 * {@code cross-site} or {@code same-site}. The API has no CSRF token (programs call it
 * with HTTP Basic); this is what stops a hostile page from making a browser call it with
 * credentials it keeps. A program sends neither header and is not affected.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && fromAnotherOrigin(request)) {
			ApiSignIn.write(response, HttpStatus.FORBIDDEN,
					Map.of("error", Messages.get(WebConfiguration.locale(request), "api.error.crossSite")));
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean fromAnotherOrigin(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && OTHER_SITES.contains(site.trim().toLowerCase(java.util.Locale.ROOT))) {
			return true;
		}
		try {
			return CorsUtils.isCorsRequest(request);
		}
		catch (RuntimeException ex) {
			// an Origin that is not even a URL (a sandboxed page sends "null")
			return true;
		}
	}

}
