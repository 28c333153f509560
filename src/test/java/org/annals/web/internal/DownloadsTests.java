package org.annals.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #28: a download named with quotes, semicolons or line breaks gets one
 * Content-Disposition header, on one line, with {@code filename*}, and a browser reading
 * it gets the name back, not a second header or parameter.
 */
class DownloadsTests {

	@ParameterizedTest
	@ValueSource(strings = { "统计\"年鉴;.csv", "统计\r\nSet-Cookie: x=1;.csv", "a\";filename=evil.exe;b.csv", "年鉴\n\".csv" })
	void anyNameGivesOneSafeHeaderWithFilenameStar(String name) {
		ResponseEntity<byte[]> download = Downloads.file(name, Downloads.CSV, new byte[0]);
		List<String> headers = download.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(headers).hasSize(1);
		String header = headers.get(0);
		assertThat(header).doesNotContain("\r")
			.doesNotContain("\n")
			.startsWith("attachment;")
			.contains("filename*=UTF-8''");
		// every quote inside the quoted fallback name is escaped or encoded
		String fallback = header.substring(header.indexOf("filename=\"") + "filename=\"".length(),
				header.indexOf("\"; filename*="));
		assertThat(fallback.replace("\\\"", "")).doesNotContain("\"");
		assertThat(header.substring(header.indexOf("filename*="))).doesNotContain(";").doesNotContain("\"");
		ContentDisposition parsed = ContentDisposition.parse(header);
		assertThat(parsed.getFilename()).isEqualTo(name);
		assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
	}

}
