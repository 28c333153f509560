package org.annals.web.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in through the form goes: back to the page that asked for it, when the
 * user's role may open it; else to the role's own page ({@code /}, {@link RolePages}),
 * never to a 403 for a page someone else asked for in that browser.
 */
final class LandingPage implements AuthenticationSuccessHandler {

	private final RequestCache requests = new HttpSessionRequestCache();

	private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

	LandingPage(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
		this.privileges = privileges;
		this.saved.setDefaultTargetUrl("/");
		this.saved.setRequestCache(this.requests);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication user)
			throws IOException, ServletException {
		SavedRequest asked = this.requests.getRequest(request, response);
		if (asked != null && mayOpen(request, asked, user)) {
			this.saved.onAuthenticationSuccess(request, response, user);
			return;
		}
		if (asked != null) {
			this.requests.removeRequest(request, response);
		}
		// straight to the role's own page, not through / (a program following the
		// answer sees where the user lands)
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		response.sendRedirect(request.getContextPath() + RolePages.home(user));
	}

	private boolean mayOpen(HttpServletRequest request, SavedRequest asked, Authentication user) {
		WebInvocationPrivilegeEvaluator evaluator = this.privileges.getIfAvailable();
		if (evaluator == null) {
			return true;
		}
		String path = URI.create(asked.getRedirectUrl()).getRawPath();
		String context = request.getContextPath();
		String inApplication = (path.startsWith(context)) ? path.substring(context.length()) : path;
		return evaluator.isAllowed(context, inApplication, "GET", user);
	}

}
