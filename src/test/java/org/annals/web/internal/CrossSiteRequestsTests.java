package org.annals.web.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests to the API count as a browser's from another origin (issue 19, point
 * 10): changing ones with a foreign {@code Origin} or {@code Sec-Fetch-Site} of another
 * site; never a program's, which sends neither.
 */
class CrossSiteRequestsTests {

	@ParameterizedTest(name = "{0} Origin={1} Sec-Fetch-Site={2} → {3}")
	@CsvSource(nullValues = "-",
			value = { "POST, https://evil.example, cross-site, 403", "POST, https://evil.example, -, 403",
					"POST, -, cross-site, 403", "POST, -, same-site, 403", "POST, null, -, 403",
					"PUT, https://evil.example, -, 403", "DELETE, -, cross-site, 403",
					"PATCH, http://annals.office:9090, -, 403", "POST, http://annals.office:8080, same-origin, 200",
					"POST, http://annals.office:8080, -, 200", "POST, -, none, 200", "POST, -, -, 200",
					"GET, https://evil.example, cross-site, 200" })
	void aChangingRequestFromAnotherOriginIsRefused(String method, String origin, String site, int expected)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/jobs/nightly/runs");
		request.setScheme("http");
		request.setServerName("annals.office");
		request.setServerPort(8080);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		if (site != null) {
			request.addHeader("Sec-Fetch-Site", site);
			request.addHeader("Sec-Fetch-Mode", "navigate");
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new CrossSiteRequests().doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(expected);
		assertThat(chain.getRequest() != null).isEqualTo(expected == 200);
		if (expected == 403) {
			assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("拒绝来自其他网站页面的请求")
				.contains("refused");
		}
	}

}
