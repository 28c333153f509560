package org.annals.web.internal;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The files the editors' pages offer, through the signed-in session: the same tables,
 * facts and chronicle as {@code /api/**}, so that a page never links to the API and a
 * browser is never asked for HTTP Basic credentials (which it would then send with any
 * site's request to the API).
 */
@Controller
@ConditionalOnWebApplication
class PageDownloadsController {

	private final TablesApiController files;

	PageDownloadsController(TablesApiController files) {
		this.files = files;
	}

	@GetMapping("/downloads/tables/{table}/{year}.{format}")
	ResponseEntity<byte[]> table(@PathVariable String table, @PathVariable int year, @PathVariable String format,
			@RequestParam(required = false) String lang) throws IOException {
		return this.files.table(table, year, format, lang);
	}

	@GetMapping("/downloads/facts/{year}.{format}")
	ResponseEntity<byte[]> facts(@PathVariable int year, @PathVariable String format) {
		// the same formats as the API; anything else is not a file we have
		if (!"csv".equals(format) && !OpenFormatFiles.isOpen(format)) {
			return ResponseEntity.notFound().build();
		}
		return this.files.facts(year, format);
	}

	@GetMapping("/downloads/chronicle/{year}.{format}")
	ResponseEntity<byte[]> chronicle(@PathVariable int year, @PathVariable String format) throws IOException {
		return this.files.chronicle(year, format);
	}

	@GetMapping("/downloads/chronicle/{year}/departments.{format}")
	ResponseEntity<byte[]> volume(@PathVariable int year, @PathVariable String format) throws IOException {
		return this.files.volume(year, format);
	}

}
