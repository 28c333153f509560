package org.annals.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which pages each role meets: the page it lands on after sign-in, and the links its
 * navigation shows (only pages the role may open, as {@link SecurityConfiguration} lets
 * it). One line per role: a new role is one more entry here.
 */
final class RolePages {

	/** A page of the navigation: its path and the bundle key of its name. */
	record Page(String path, String key) {
	}

	static final Page UPLOAD = new Page("/upload", "nav.upload");

	static final Page TABLES = new Page("/tables", "nav.tables");

	static final Page FACTS = new Page("/facts", "nav.facts");

	static final Page CHRONICLE = new Page("/chronicle", "chronicle.nav");

	static final Page DELIVERABLES = new Page("/deliverables", "nav.deliverables");

	static final Page CONSOLE = new Page("/console", "nav.console");

	static final Page REVIEW = new Page("/review", "review.nav");

	static final Page SNAPSHOTS = new Page("/snapshots", "roles.nav.snapshots");

	static final Page AUDIT = new Page("/audit", "roles.nav.audit");

	/** A role's landing page (the first) and its navigation, in order. */
	static final Map<String, List<Page>> BY_ROLE = Map.of(
			// a department: its upload page, with its submissions
			"DEPARTMENT", List.of(UPLOAD),
			// an editor: the tables, their facts, the chronicle and what is still owed
			"EDITOR", List.of(TABLES, FACTS, CHRONICLE, DELIVERABLES),
			// an operator: the console, and everything it may open
			"OPERATOR", List.of(CONSOLE, UPLOAD, TABLES, FACTS, CHRONICLE, DELIVERABLES, SNAPSHOTS, AUDIT),
			// an archivist: the snapshots
			"ARCHIVIST", List.of(SNAPSHOTS, TABLES, FACTS, CHRONICLE, AUDIT),
			// a reviewer (issue 22): the queue of what waits at its level and region
			"REVIEWER", List.of(REVIEW));

	private RolePages() {
	}

	/**
	 * The pages of the signed-in user's role; none for anyone else.
	 * @param user the signed-in user, or null
	 * @return the pages, the landing page first
	 */
	static List<Page> of(Authentication user) {
		return role(user).map(BY_ROLE::get).orElse(List.of());
	}

	/**
	 * Where the user lands after sign-in.
	 * @param user the signed-in user
	 * @return the path of the landing page; the login page for a user without a role
	 */
	static String home(Authentication user) {
		List<Page> pages = of(user);
		return pages.isEmpty() ? "/login" : pages.get(0).path();
	}

	private static Optional<String> role(Authentication user) {
		if (user == null || !user.isAuthenticated()) {
			return Optional.empty();
		}
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a.startsWith("ROLE_"))
			.map((a) -> a.substring("ROLE_".length()))
			.filter(BY_ROLE::containsKey)
			.findFirst();
	}

}
