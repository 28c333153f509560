package org.annals.web.internal;

import java.util.Map;

import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Clean answers for requests that never reach a handler: an upload over the size limit is
 * a 413 with a JSON message, nothing stored; and for a year outside the data
 * ({@link ApiYears}): its status, the message and the years the database holds.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
class ApiErrors {

	private final WebProperties properties;

	ApiErrors(WebProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		long limit = this.properties.web().maxUploadSize().toBytes();
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", Messages.get("api.error.tooLarge", limit), "limitBytes", limit));
	}

	@ExceptionHandler(ApiYears.OutsideException.class)
	ResponseEntity<Map<String, Object>> outside(ApiYears.OutsideException ex) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("error", ex.getMessage());
		body.put("year", ex.outside().year());
		if (ex.outside().range() != null) {
			body.put("firstYear", ex.outside().range().first());
			body.put("lastYear", ex.outside().range().last());
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
