package org.annals.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.chronicle.ChronicleExporter;
import org.annals.chronicle.ChronicleRepository;
import org.annals.chronicle.DepartmentVolume;
import org.annals.ingest.FactsExporter;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.support.Messages;
import org.annals.tables.CompiledTable;
import org.annals.tables.EnglishEdition;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableDocument;
import org.annals.tables.TableXlsxWriter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' side of the HTTP API of DESIGN.md: compiled tables, facts and the
 * chronicle as files.
 */
@RestController
@ConditionalOnWebApplication
class TablesApiController {

	private final ReferenceData reference;

	private final TableBuilds builds;

	private final FactsExporter facts;

	private final ChronicleRepository chronicle;

	private final ChronicleExporter chronicleExporter;

	private final DepartmentVolume volume;

	private final ApiYears years;

	private final OpenFormatFiles open;

	private final EnglishEdition english;

	TablesApiController(ReferenceData reference, TableBuilds builds, FactsExporter facts, ChronicleRepository chronicle,
			ChronicleExporter chronicleExporter, ApiYears years, OpenFormatFiles open, DepartmentVolume volume,
			EnglishEdition english) {
		this.volume = volume;
		this.english = english;
		this.years = years;
		this.open = open;
		this.reference = reference;
		this.builds = builds;
		this.facts = facts;
		this.chronicle = chronicle;
		this.chronicleExporter = chronicleExporter;
	}

	@GetMapping("/api/tables")
	List<Map<String, Object>> tables(@RequestParam int year, @RequestParam(required = false) String lang) {
		this.years.check(year, HttpStatus.NOT_FOUND);
		boolean inEnglish = EnglishEdition.isEnglish(lang);
		List<Map<String, Object>> tables = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			this.builds.latest(definition.id(), year).ifPresent((build) -> {
				Map<String, Object> table = new LinkedHashMap<>();
				table.put("id", definition.id());
				table.put("year", year);
				table.put("title", inEnglish
						? this.english.of(build.document()).map(TableDocument::title).orElse(build.document().title())
						: build.document().title());
				table.put("builtAt", build.builtAt());
				table.put("contentHash", build.contentHash());
				table.put("changedCells", build.changedCells());
				tables.add(table);
			});
		}
		return tables;
	}

	@GetMapping("/api/tables/{table}/{year}.{format}")
	ResponseEntity<byte[]> table(@PathVariable String table, @PathVariable int year, @PathVariable String format,
			@RequestParam(required = false) String lang) throws IOException {
		this.years.check(year, HttpStatus.NOT_FOUND);
		TableBuilds.Build build = this.builds.latest(table, year)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no build of " + table + " for " + year));
		if (OpenFormatFiles.isOpen(format)) {
			return this.open.table(build, format);
		}
		boolean inEnglish = EnglishEdition.isEnglish(lang);
		TableDocument document = inEnglish ? this.english.of(build.document())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no English edition of " + table))
				: build.document();
		CompiledTable compiled = document.toCompiled();
		Locale locale = inEnglish ? EnglishEdition.LOCALE : Messages.CHINESE;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		switch (format) {
			case "xlsx" -> new TableXlsxWriter(locale).write(compiled, out);
			case "csv" -> new TableCsvWriter(locale).write(compiled, out);
			case "json" -> out.write(TableBuilds.json(document).getBytes(StandardCharsets.UTF_8));
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"format is xlsx, csv, json, jsonstat or sdmx-csv");
		}
		return Downloads.file(compiled.title() + "." + format, Downloads.typeOf(format), out.toByteArray());
	}

	@GetMapping("/api/facts")
	ResponseEntity<byte[]> facts(@RequestParam int year, @RequestParam(defaultValue = "csv") String format) {
		this.years.check(year, HttpStatus.NOT_FOUND);
		if (OpenFormatFiles.isOpen(format)) {
			return this.open.facts(year, format);
		}
		if (!"csv".equals(format)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is csv, jsonstat or sdmx-csv");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.facts.export(year, new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
		return Downloads.file("facts-" + year + ".csv", Downloads.CSV, out.toByteArray());
	}

	@GetMapping("/api/chronicle/{year}.{format}")
	ResponseEntity<byte[]> chronicle(@PathVariable int year, @PathVariable String format) throws IOException {
		this.years.check(year, HttpStatus.NOT_FOUND);
		ChronicleExporter.Format chosen;
		try {
			chosen = ChronicleExporter.Format.of(format);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "format is csv, md or docx");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.chronicleExporter.write(Messages.get("chronicle.title", year), this.chronicle.entries(year, null), chosen,
				out);
		return Downloads.file(Messages.get("chronicle.title", year) + "." + format, Downloads.typeOf(format),
				out.toByteArray());
	}

	@GetMapping("/api/chronicle/{year}/departments.{format}")
	ResponseEntity<byte[]> volume(@PathVariable int year, @PathVariable String format) throws IOException {
		this.years.check(year, HttpStatus.NOT_FOUND);
		if (!"md".equals(format) && !"docx".equals(format)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "format is md or docx");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.volume.write(year, ChronicleExporter.Format.of(format), out);
		return Downloads.file(this.volume.title(year) + "." + format, Downloads.typeOf(format), out.toByteArray());
	}

	/**
	 * Removes a year's compiled build (every build of its tables, and its compiled
	 * chronicle), e.g. one compiled for a year by mistake; the facts and events stay, and
	 * compiling the year again builds it anew.
	 */
	@DeleteMapping("/api/tables/{year}")
	ResponseEntity<Map<String, Object>> delete(@PathVariable int year) {
		int tables = this.builds.deleteYear(year);
		int entries = this.chronicle.deleteYear(year);
		if (tables == 0 && entries == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no build of " + year);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", year);
		body.put("tableBuilds", tables);
		body.put("chronicleEntries", entries);
		return ResponseEntity.ok(body);
	}

}
