package org.annals.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.annals.PostgresTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and the API speak Chinese by default and English on request (issue 21):
 * {@code ?lang=en} or an English browser ({@code Accept-Language: en}), for a page's
 * title and for an API error body alike, whatever the server's own locale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=languages-secret", "annals.progress=false" })
class LanguagesFunctionalTests extends PostgresTestSupport {

	private static final String PW = "languages 2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void users() {
		this.users.save("operator", PW, "OPERATOR", null);
	}

	private HttpResponse<String> get(String path, String acceptLanguage, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aPagesTitleIsChineseByDefaultAndEnglishOnRequest() throws Exception {
		assertThat(get("/login", null, null).body()).contains("<title>登录 · Annals</title>").contains("lang=\"zh\"");
		assertThat(get("/login", "zh-CN,zh;q=0.9", null).body()).contains("<title>登录 · Annals</title>");
		assertThat(get("/login?lang=en", null, null).body()).contains("<title>Sign in · Annals</title>")
			.contains("lang=\"en\"")
			.doesNotContain("用户名");
		assertThat(get("/login", "en-GB,en;q=0.9", null).body()).contains("<title>Sign in · Annals</title>");
	}

	@Test
	void anApiErrorBodyIsChineseByDefaultAndEnglishOnRequest() throws Exception {
		HttpResponse<String> chinese = get("/api/executions", null, null);
		assertThat(chinese.statusCode()).isEqualTo(401);
		assertThat(chinese.body()).contains("需要登录：用 HTTP Basic 随请求发送用户名和密码");
		for (HttpResponse<String> english : java.util.List.of(get("/api/executions", "en-US,en;q=0.8", null),
				get("/api/executions?lang=en", null, null))) {
			assertThat(english.statusCode()).isEqualTo(401);
			assertThat(english.body()).isEqualTo(
					"{\"error\":\"Sign-in needed: send the user name and password with the request (HTTP Basic)\"}");
		}
		HttpRequest unknownJob = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/jobs/nothing/runs?lang=en"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("operator:" + PW).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> unknown = this.http.send(unknownJob, HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("\"error\":\"Unknown job nothing\"");
	}

}
