package org.annals.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office the review tests play: a copy of {@code jobs/} with three county offices in
 * two cities (锦江区 and 青羊区 in 成都市, 涪城区 in 绵阳市), their reviewers, the cities' and the
 * province's, and the HTTP calls they make.
 */
public final class ReviewTestOffice {

	static final String PW = "review office 2026";

	static final String JINJIANG = "锦江区地方志办公室";

	static final String QINGYANG = "青羊区地方志办公室";

	static final String FUCHENG = "涪城区地方志办公室";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	ReviewTestOffice(int port) {
		this.port = port;
	}

	/**
	 * A copy of {@code jobs/} whose departments include the three county offices.
	 * @return the folder
	 */
	static Path jobs() {
		try {
			Path target = Files.createTempDirectory("annals-review-jobs-").resolve("jobs");
			Path source = Path.of("jobs");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.toList()) {
					Path copy = target.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(copy);
					}
					else {
						Files.copy(file, copy);
					}
				}
			}
			Path departments = target.resolve("departments.yml");
			String text = Files.readString(departments, StandardCharsets.UTF_8);
			String counties = "  - folder: " + JINJIANG + "\n    name: 成都市锦江区地方志办公室\n    region: \"510104\"\n"
					+ "  - folder: " + QINGYANG + "\n    name: 成都市青羊区地方志办公室\n    region: \"510105\"\n" + "  - folder: "
					+ FUCHENG + "\n    name: 绵阳市涪城区地方志办公室\n    region: \"510703\"\n";
			text = text.replace("\nauthorities:", counties + "\nauthorities:");
			Files.writeString(departments, text, StandardCharsets.UTF_8);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Empties the review tables (their trail is append-only, so its trigger is set aside
	 * for the moment) and the users but {@code admin}.
	 * @param jdbc the test database
	 */
	public static void empty(JdbcTemplate jdbc) {
		jdbc.execute("alter table review_event disable trigger user");
		try {
			jdbc.update("delete from review_event");
		}
		finally {
			jdbc.execute("alter table review_event enable trigger user");
		}
		jdbc.update("delete from review_item");
		jdbc.update("delete from web_user where username <> 'admin'");
	}

	HttpResponse<String> call(String user, String method, String path) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.method(method, HttpRequest.BodyPublishers.noBody());
			if (user != null) {
				request.header("Authorization", "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)));
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode json(String user, String method, String path, int expected) {
		HttpResponse<String> response = call(user, method, path);
		if (response.statusCode() != expected) {
			throw new AssertionError(user + " " + method + " " + path + ": " + response.statusCode() + " "
					+ response.body() + ", expected " + expected);
		}
		return JSON.readTree(response.body());
	}

	HttpResponse<String> upload(String user, String name, String csv) {
		String boundary = "review-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/submissions"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
