package org.annals.web.internal;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.bucket4j.TimeMeter;
import org.annals.PostgresTestSupport;
import org.annals.web.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in can't be ground down (issue 19, point 11): an account, or a client address,
 * that failed too often is refused for a while, even with the right password, and says so
 * on the login page and in the API's 429; every sign-in, failure and lock is in the audit
 * log, with the address it came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=throttle-test-secret", "annals.progress=false", "annals.ingest.settle=0s",
				"annals.web.sign-in.account-failures=3", "annals.web.sign-in.address-failures=6",
				"annals.web.sign-in.window=15m" })
@Import(SignInThrottleFunctionalTests.ManualTime.class)
class SignInThrottleFunctionalTests extends PostgresTestSupport {

	private static final String PW = "throttle test 2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	ManualTimeMeter time;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Names of this run, so that the audit log (never emptied) of earlier runs stays
	 * apart.
	 */
	private final String run = Long.toString(System.nanoTime(), 36);

	@TestConfiguration
	static class ManualTime {

		@Bean
		@Primary
		ManualTimeMeter manualTimeMeter() {
			return new ManualTimeMeter();
		}

	}

	/** The throttle's clock, moved by the test. */
	static class ManualTimeMeter implements TimeMeter {

		private final AtomicLong nanos = new AtomicLong();

		void advance(Duration by) {
			this.nanos.addAndGet(by.toNanos());
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	}

	@BeforeEach
	void usersAndAFreshWindow() {
		this.time.advance(Duration.ofDays(1));
		for (String user : List.of("alice", "bob", "carol")) {
			this.users.save(user + this.run, PW, "OPERATOR", null);
		}
	}

	private HttpResponse<String> api(String user, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/executions"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Signs in through the form; the page the browser is sent to next. */
	private String formSignIn(String user, String password) throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
							+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String next = login.headers().firstValue("Location").orElseThrow();
		if (!next.contains("/login")) {
			return next;
		}
		return browser
			.send(HttpRequest.newBuilder(URI.create(next)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

	private List<String> audited(String principal, String type) {
		return this.jdbc.queryForList(
				"select coalesce(remote_address, '') from web_audit_event where principal = ? and event_type = ? order by id",
				String.class, principal, type);
	}

	@Test
	void anAccountThatFailedTooOftenIsRefusedEvenWithTheRightPasswordAndSaysSo() throws Exception {
		String alice = "alice" + this.run;
		for (int i = 0; i < 3; i++) {
			assertThat(api(alice, "wrong guess " + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = api(alice, PW);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValue("300");
		assertThat(locked.headers().allValues("WWW-Authenticate")).isEmpty();
		assertThat(locked.body()).contains("这个账号登录失败次数太多，已暂时锁定，请 5 分钟后再试")
			.contains("too many failed sign-ins for this account");
		assertThat(formSignIn(alice, PW)).contains("这个账号登录失败次数太多，已暂时锁定，请 5 分钟后再试。");
		// another account from the same address is not affected
		assertThat(api("bob" + this.run, PW).statusCode()).isEqualTo(200);
		assertThat(formSignIn("bob" + this.run, PW)).endsWith("/console");

		this.time.advance(Duration.ofMinutes(5));
		assertThat(api(alice, PW).statusCode()).isEqualTo(200);

		assertThat(audited(alice, "AUTHENTICATION_FAILURE")).hasSize(3).allSatisfy((a) -> assertThat(a).isNotBlank());
		assertThat(audited(alice, ThrottledSignIn.LOCKED)).hasSize(1);
		assertThat(audited(alice, "AUTHENTICATION_SUCCESS")).hasSize(1);
		// bob's sign-ins: one through the API (written once in a while), one through the
		// form
		assertThat(audited("bob" + this.run, "AUTHENTICATION_SUCCESS")).hasSize(2);
		assertThat(this.jdbc.queryForObject("select detail from web_audit_event where principal = ? and event_type = ?",
				String.class, alice, ThrottledSignIn.LOCKED))
			.contains("ACCOUNT");
	}

	@Test
	void anAddressThatFailedTooOftenIsRefusedForEveryAccount() throws Exception {
		for (int i = 0; i < 6; i++) {
			assertThat(api("nobody" + i + this.run, "wrong guess").statusCode()).isEqualTo(401);
		}
		String carol = "carol" + this.run;
		HttpResponse<String> refused = api(carol, PW);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("这个地址登录失败次数太多").contains("too many failed sign-ins for this address");
		assertThat(formSignIn(carol, PW)).contains("从这个地址登录失败次数太多");
		assertThat(audited("nobody5" + this.run, ThrottledSignIn.LOCKED)).hasSize(1);
		this.time.advance(Duration.ofMinutes(3));
		assertThat(api(carol, PW).statusCode()).isEqualTo(200);
	}

	@Test
	void manyRightSignInsAtOnceAreNeverThrottled() throws Exception {
		List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			calls.add(
					this.http.sendAsync(
							HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/executions"))
								.header("Authorization", "Basic " + Base64.getEncoder()
									.encodeToString(("bob" + this.run + ":" + PW).getBytes(StandardCharsets.UTF_8)))
								.build(),
							HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
		}
		assertThat(calls).allSatisfy((call) -> assertThat(call.get().statusCode()).isEqualTo(200));
	}

}
