package org.annals.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.PostgresTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile page cannot act with an operator's credentials (issue 19, point 10;
 * RELIABILITY #24): the API refuses a browser's changing request from another origin,
 * with the headers a browser sends, and still serves programs and our own origin; it
 * never asks a browser for HTTP Basic credentials; the pages' form and multipart posts
 * without a valid CSRF token are refused and leave no temporary file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=cross-site-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class CrossSiteFunctionalTests extends PostgresTestSupport {

	private static final String PW = "cross site 2026";

	private static final String CSV = "地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,2022,56749.8\n";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void users() {
		this.users.save("operator", PW, "OPERATOR", null);
		this.users.save("department", PW, "DEPARTMENT", "省统计局");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] multipart(String boundary, String name, String content) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A browser's request with saved HTTP Basic credentials, as a hostile page or our own
	 * makes it: the headers given as name, value pairs ({@code -} for none).
	 */
	private HttpResponse<String> browserPost(String path, String origin, String site, String mode,
			HttpRequest.BodyPublisher body, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic("operator"))
			.POST(body);
		if (origin != null) {
			request.header("Origin", origin);
		}
		if (site != null) {
			request.header("Sec-Fetch-Site", site).header("Sec-Fetch-Mode", mode).header("Sec-Fetch-Dest", "document");
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@ParameterizedTest(name = "Origin {0}, Sec-Fetch-Site {1}, Sec-Fetch-Mode {2} → {3}")
	@CsvSource(nullValues = "-",
			value = { "https://evil.example, cross-site, navigate, 403",
					"https://evil.example, cross-site, no-cors, 403", "https://evil.example, -, -, 403",
					"-, cross-site, navigate, 403", "https://reports.annals.example, same-site, cors, 403",
					"null, cross-site, navigate, 403", "SELF, same-origin, cors, 404", "SELF, -, -, 404",
					"-, none, navigate, 404", "-, -, -, 404" })
	void theApiRefusesAChangingRequestFromAnotherOriginOnly(String origin, String site, String mode, int expected)
			throws Exception {
		String from = "SELF".equals(origin) ? "http://localhost:" + this.port : origin;
		// an unknown job answers 404 once a request is let through
		HttpResponse<String> response = browserPost("/api/jobs/no-such-job/runs", from, site, mode,
				HttpRequest.BodyPublishers.noBody(), null);
		assertThat(response.statusCode()).isEqualTo(expected);
		if (expected == 403) {
			assertThat(response.body()).contains("拒绝来自其他网站页面的请求").contains("another site");
		}
	}

	@Test
	void aHostilePagesUploadThroughSavedCredentialsIsRefusedAndAProgramsIsTaken() throws Exception {
		HttpResponse<String> hostile = browserPost("/api/submissions?department=省统计局", "https://evil.example",
				"cross-site", "navigate", HttpRequest.BodyPublishers.ofByteArray(multipart("b0", "evil.csv", CSV)),
				"multipart/form-data; boundary=b0");
		assertThat(hostile.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_submission", Long.class)).isZero();
		HttpResponse<String> program = browserPost("/api/submissions?department=省统计局", null, null, null,
				HttpRequest.BodyPublishers.ofByteArray(multipart("b0", "program.csv", CSV)),
				"multipart/form-data; boundary=b0");
		assertThat(program.statusCode()).isEqualTo(200);
		assertThat(program.body()).contains("\"facts\":1");
	}

	@Test
	void theApiNeverAsksABrowserForBasicCredentials() throws Exception {
		for (String path : List.of("/api/executions", "/api/facts?year=2022", "/actuator/prometheus")) {
			HttpResponse<String> anonymous = this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Accept", "text/html")
				.header("Sec-Fetch-Mode", "navigate")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.headers().allValues("WWW-Authenticate")).as(path).isEmpty();
			assertThat(anonymous.body()).contains("需要登录").contains("sign-in needed");
		}
		HttpResponse<String> wrong = this.http.send(HttpRequest.newBuilder(uri("/api/executions"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("operator:wrong password".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().allValues("WWW-Authenticate")).isEmpty();
		assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(wrong.body()).contains("用户名或密码不对").contains("wrong user name or password");
	}

	/** A browser's session: signed in through the login form. */
	private HttpClient signedIn(String user) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = browser
			.send(HttpRequest.newBuilder(uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + user + "&password=" + URLEncoder.encode(PW, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	private String pageToken(HttpClient browser) throws Exception {
		String html = browser
			.send(HttpRequest.newBuilder(uri("/upload")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static List<Path> filesUnder(Path folder) throws Exception {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	/**
	 * The page's token tampered so that its unmasked value is no longer UTF-8: its first
	 * byte becomes 0xFF. (Spring Security's masked token is the random mask followed by
	 * the token XOR the mask.)
	 */
	private static String undecodable(String token) {
		byte[] masked = Base64.getUrlDecoder().decode(token);
		masked[masked.length / 2] = (byte) (masked[0] ^ 0xFF);
		return Base64.getUrlEncoder().encodeToString(masked);
	}

	/** RELIABILITY #24. */
	@Test
	void formAndMultipartPostsWithoutAValidTokenAreRefusedAndLeaveNoTemporaryFile() throws Exception {
		HttpClient browser = signedIn("department");
		String token = pageToken(browser);
		Path temp = home().resolve("tmp/uploads");
		assertThat(filesUnder(temp)).isEmpty();
		String big = CSV + "#".repeat(200_000);
		for (String bad : new String[] { null, "not-the-token", token.substring(0, token.length() - 2) + "xx",
				undecodable(token) }) {
			HttpRequest.Builder upload = HttpRequest.newBuilder(uri("/upload"))
				.header("Content-Type", "multipart/form-data; boundary=b0")
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0", "csrf.csv", big)));
			if (bad != null) {
				upload.header("X-CSRF-TOKEN", bad);
			}
			assertThat(browser.send(upload.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
				.as("multipart with token " + bad)
				.isEqualTo(403);
			String form = "year=2022"
					+ ((bad != null) ? "&_csrf=" + URLEncoder.encode(bad, StandardCharsets.UTF_8) : "");
			HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(uri("/upload"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(posted.statusCode()).as("form with token " + bad).isEqualTo(403);
			// the token in a multipart body itself, as a plain form would send it
			String withField = "--b0\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + bad + "\r\n"
					+ new String(multipart("b0", "csrf.csv", big), StandardCharsets.UTF_8);
			assertThat(browser
				.send(HttpRequest.newBuilder(uri("/upload"))
					.header("Content-Type", "multipart/form-data; boundary=b0")
					.POST(HttpRequest.BodyPublishers.ofString(withField))
					.build(), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_submission", Long.class)).isZero();
		// parts are removed once their request is done, which is just after its answer
		long deadline = System.currentTimeMillis() + 10_000;
		while (!filesUnder(temp).isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(filesUnder(temp)).as("temporary files left").isEmpty();
		HttpResponse<String> good = browser.send(HttpRequest.newBuilder(uri("/upload"))
			.header("Content-Type", "multipart/form-data; boundary=b0")
			.header("X-CSRF-TOKEN", token)
			.header("Origin", "http://localhost:" + this.port)
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0", "good.csv", CSV)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(good.statusCode()).isEqualTo(200);
		assertThat(good.body()).contains("\"facts\":1");
	}

}
