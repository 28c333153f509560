package org.annals.ingest;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.reference.Region;
import org.annals.reference.ReferenceData;
import org.annals.support.CsvText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the canonical facts of a year as the CSV of DESIGN.md: one row per region,
 * indicator and year (the current value), value as a plain decimal in the canonical unit,
 * with its source file, sheet and cell.
 */
@Component
public class FactsExporter {

	/** The header row, fixed by the public contract. */
	public static final String[] HEADER = { "region_code", "region_name", "indicator_code", "indicator_name", "unit",
			"year", "value", "status", "department", "source_file", "source_sheet", "source_cell" };

	private final JdbcClient jdbc;

	private final ReferenceData reference;

	FactsExporter(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	/**
	 * Writes a year's facts.
	 * @param year the year
	 * @param out where to write (UTF-8 text)
	 * @return how many facts were written
	 */
	public int export(int year, Writer out) {
		int[] count = { 0 };
		try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
			csv.writeRecord(HEADER);
			String published = PublishedCoverage.among("f.submission_id",
					PublishedCoverage.submissions(this.jdbc, List.of(year), List.of()));
			this.jdbc
				.sql("select f.region_code, f.indicator_code, f.indicator_name, f.unit, f.fact_year, f.fact_value, f.status, "
						+ "f.department, s.original_name, f.sheet, f.cell from ingest_published_fact f join ingest_submission s "
						+ "on s.id = f.submission_id where f.fact_year = ? and f.state = 'current' and " + published
						+ " order by f.region_code, f.indicator_code")
				.param(year)
				.query((rs) -> {
					BigDecimal value = rs.getBigDecimal(6);
					String region = rs.getString(1);
					String name = this.reference.regions()
						.byCode(region, year)
						.or(() -> this.reference.regions().byCode(region))
						.map(Region::name)
						.orElse("");
					// every text cell, codes too: a spreadsheet does not know which came
					// from
					// a department; year and value are numbers
					csv.writeRecord(CsvText.neutralise(region), CsvText.neutralise(name),
							CsvText.neutralise(rs.getString(2)), CsvText.neutralise(rs.getString(3)),
							CsvText.neutralise(rs.getString(4)), String.valueOf(rs.getInt(5)), plain(value),
							CsvText.neutralise(rs.getString(7)), CsvText.neutralise(rs.getString(8)),
							CsvText.neutralise(rs.getString(9)), CsvText.neutralise(rs.getString(10)),
							CsvText.neutralise(rs.getString(11)));
					count[0]++;
				});
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return count[0];
	}

	static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
