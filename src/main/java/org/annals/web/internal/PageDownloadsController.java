package org.annals.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.annals.chronicle.ChronicleExporter;
import org.annals.chronicle.DepartmentVolume;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

	private final DepartmentVolume volume;

	private final ApiYears years;

	PageDownloadsController(TablesApiController files, DepartmentVolume volume, ApiYears years) {
		this.files = files;
		this.volume = volume;
		this.years = years;
	}

	@GetMapping("/downloads/tables/{table}/{year}.{format}")
	ResponseEntity<byte[]> table(@PathVariable String table, @PathVariable int year, @PathVariable String format)
			throws IOException {
		return this.files.table(table, year, format);
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
		this.years.check(year, HttpStatus.NOT_FOUND);
		if (!"md".equals(format) && !"docx".equals(format)) {
			return ResponseEntity.notFound().build();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.volume.write(year, ChronicleExporter.Format.of(format), out);
		return Downloads.file(this.volume.title(year) + "." + format, Downloads.typeOf(format), out.toByteArray());
	}

}
