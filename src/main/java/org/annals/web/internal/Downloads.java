package org.annals.web.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * File downloads: one Content-Disposition header with an RFC 5987 {@code filename*} so
 * that Chinese names (and quotes, semicolons, line breaks) are sent safely.
 */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
		headers.setContentType(type);
		return ResponseEntity.ok().headers(headers).body(content);
	}

	static MediaType typeOf(String format) {
		return switch (format) {
			case "xlsx" -> XLSX;
			case "docx" -> DOCX;
			case "md" -> MARKDOWN;
			case "json" -> MediaType.APPLICATION_JSON;
			default -> CSV;
		};
	}

}
