package org.annals.web.internal;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.annals.ingest.ExportTexts;
import org.annals.ingest.FactObservations;
import org.annals.ingest.JsonStatWriter;
import org.annals.ingest.SdmxCsvWriter;
import org.annals.ingest.StatDataset;
import org.annals.reference.ReferenceData;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableObservations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Facts and compiled tables in the open formats for the API and the pages' downloads:
 * {@code jsonstat} (JSON-stat 2.0, {@code application/json}) and {@code sdmx-csv}
 * (SDMX-CSV 1.0, {@code application/vnd.sdmx.data+csv; version=1.0.0}), labels and
 * explanations in the request's language.
 */
@Component
@ConditionalOnWebApplication
class OpenFormatFiles {

	/** The media type of SDMX-CSV 1.0 that SDMX's REST API names. */
	static final MediaType SDMX_CSV = MediaType
		.parseMediaType("application/vnd.sdmx.data+csv;version=1.0.0;charset=UTF-8");

	private final FactObservations facts;

	private final ReferenceData reference;

	OpenFormatFiles(FactObservations facts, ReferenceData reference) {
		this.facts = facts;
		this.reference = reference;
	}

	/**
	 * Whether a format is one of the open formats.
	 * @param format the format asked for
	 * @return true for {@code jsonstat} and {@code sdmx-csv}
	 */
	static boolean isOpen(String format) {
		return "jsonstat".equals(format) || "sdmx-csv".equals(format);
	}

	ResponseEntity<byte[]> facts(int year, String format) {
		StatDataset dataset = this.facts.of(year, texts());
		return file("facts-" + year, format, dataset);
	}

	ResponseEntity<byte[]> table(TableBuilds.Build build, String format) {
		StatDataset dataset = new TableObservations(this.reference.indicators()).of(build);
		return file(build.document().title(), format, dataset);
	}

	private ResponseEntity<byte[]> file(String name, String format, StatDataset dataset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if ("jsonstat".equals(format)) {
			new JsonStatWriter(texts()).write(dataset, out);
			return Downloads.file(name + ".jsonstat.json", MediaType.APPLICATION_JSON, out.toByteArray());
		}
		new SdmxCsvWriter().write(dataset, out);
		return Downloads.file(name + ".sdmx.csv", SDMX_CSV, out.toByteArray());
	}

	private static ExportTexts texts() {
		return ExportTexts.of("en".equals(LocaleContextHolder.getLocale().getLanguage().toLowerCase(Locale.ROOT)));
	}

}
