package org.annals.web.internal;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: each role lands on its own page, and its navigation names only pages it may
 * open.
 */
class RolePagesTests {

	private static Authentication signedIn(String role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", "x",
				AuthorityUtils.createAuthorityList("ROLE_" + role));
	}

	@ParameterizedTest(name = "{0} lands on {1}")
	@CsvSource({ "DEPARTMENT, /upload", "EDITOR, /tables", "OPERATOR, /console", "ARCHIVIST, /snapshots",
			"REVIEWER, /review" })
	void eachRoleLandsOnItsOwnPage(String role, String home) {
		assertThat(RolePages.home(signedIn(role))).isEqualTo(home);
	}

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource(delimiter = '|',
			value = { "DEPARTMENT | /upload", "EDITOR | /tables /facts /chronicle /deliverables",
					"OPERATOR | /console /upload /tables /facts /chronicle /deliverables /snapshots /audit",
					"ARCHIVIST | /snapshots /tables /facts /chronicle /audit", "REVIEWER | /review" })
	void theNavigationShowsOnlyTheRolesPages(String role, String paths) {
		assertThat(RolePages.of(signedIn(role)).stream().map(RolePages.Page::path).toList())
			.containsExactly(paths.split(" "));
	}

	@Test
	void someoneNotSignedInOrWithAnUnknownRoleHasNoPagesAndIsSentToSignIn() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(RolePages.of(anonymous)).isEmpty();
		assertThat(RolePages.of(null)).isEmpty();
		assertThat(RolePages.of(signedIn("NOBODY"))).isEmpty();
		assertThat(RolePages.home(signedIn("NOBODY"))).isEqualTo("/login");
	}

	@Test
	void everyRoleHasAPageAndEveryPageANameInBothBundles() {
		for (List<RolePages.Page> pages : RolePages.BY_ROLE.values()) {
			assertThat(pages).isNotEmpty();
			for (RolePages.Page page : pages) {
				assertThat(org.annals.support.Messages.get(java.util.Locale.ENGLISH, page.key())).isNotBlank();
				assertThat(org.annals.support.Messages.get(org.annals.support.Messages.CHINESE, page.key()))
					.isNotBlank();
			}
		}
	}

}
