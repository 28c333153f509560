package org.annals.web;

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
 * a 413 with a JSON message, nothing stored.
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
		long limit = this.properties.maxUploadSize().toBytes();
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", Messages.get("api.error.tooLarge", limit), "limitBytes", limit));
	}

}
