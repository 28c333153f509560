package org.annals.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.support.CsvText;

/**
 * Writes figures as SDMX-CSV 1.0: one row per observation, the dataflow
 * ({@code ANNALS:FACTS(1.0)}) first, then the dimensions {@code REF_AREA} (GB/T 2260
 * code), {@code INDICATOR} and {@code TIME_PERIOD}, the measure {@code OBS_VALUE} (a
 * plain decimal, empty when not available) and the attributes: {@code UNIT_MEASURE},
 * {@code OBS_STATUS} and {@code CONF_STATUS} (SDMX cross-domain codes, see
 * {@link ObservationStatus}), {@code DECIMALS}, {@code COMMENT_OBS} (the figure's note),
 * {@code OBS_FLAGS} ({@code revised;alternative;conflict}), the figure's source, and
 * {@code COMMENT_DSET}: the dataset's notes (a table's unit line and footnotes, separated
 * by {@value #NOTES_SEPARATOR}), an attribute of the whole dataset and so, as SDMX-CSV
 * writes one, on every row. Text is neutralised for spreadsheets, as in every CSV we
 * write.
 */
public final class SdmxCsvWriter {

	/** The agency of our dataflows. */
	public static final String AGENCY = "ANNALS";

	/** Between two notes of the dataset in {@code COMMENT_DSET}. */
	public static final String NOTES_SEPARATOR = " | ";

	/** The header row. */
	public static final String[] HEADER = { "DATAFLOW", "REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE",
			"UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS", "DECIMALS", "COMMENT_OBS", "OBS_FLAGS", "SOURCE_DEPARTMENT",
			"SOURCE_FILE", "SOURCE_SHEET", "SOURCE_CELL", "COMMENT_DSET" };

	/**
	 * Writes a dataset.
	 * @param dataset the figures
	 * @param out where to write (UTF-8)
	 */
	public void write(StatDataset dataset, OutputStream out) {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try {
			CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
			csv.writeRecord(HEADER);
			String flow = AGENCY + ":" + dataset.flow() + "(1.0)";
			// one line, so that a reader that takes a line for a row still can
			String notes = CsvText.neutralise(String.join(NOTES_SEPARATOR, dataset.notes()));
			for (StatDataset.Observation o : dataset.observations()) {
				BigDecimal value = o.plainValue();
				csv.writeRecord(flow, CsvText.neutralise(o.regionCode()), CsvText.neutralise(o.indicatorCode()),
						String.valueOf(o.year()), (value != null) ? value.toPlainString() : "",
						CsvText.neutralise(o.unit()), ObservationStatus.obsStatus(o.status()),
						ObservationStatus.confStatus(o.status()),
						(o.decimals() != null) ? String.valueOf(o.decimals()) : "", CsvText.neutralise(o.note()),
						String.join(";", o.flags()), CsvText.neutralise(o.department()), CsvText.neutralise(o.file()),
						CsvText.neutralise(o.sheet()), CsvText.neutralise(o.cell()), notes);
			}
			csv.flush();
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
