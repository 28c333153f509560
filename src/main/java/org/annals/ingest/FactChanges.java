package org.annals.ingest;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.reference.ReferenceData;
import org.annals.support.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every change deciding a file made to a published figure (数出一门): revisions, alternatives
 * and conflicts, each with the earlier and the later value and where each came from, for
 * the ingest report and the editors' facts page.
 */
@Component
public class FactChanges {

	private static final String SELECT = "select c.id, c.kind, c.region_code, c.indicator_code, c.fact_year, "
			+ "e.fact_value, es.department, es.original_name, el.sheet, e.cell, "
			+ "l.fact_value, ls.department, ls.original_name, ll.sheet, l.cell, "
			+ "case when c.published_fact_id = c.later_fact_id then 'later' else 'earlier' end, "
			+ "coalesce(ll.indicator_name, el.indicator_name), c.submission_id, c.earlier_fact_id, c.later_fact_id "
			+ "from ingest_fact_change c join ingest_fact e on e.id = c.earlier_fact_id "
			+ "join ingest_submission es on es.id = e.submission_id "
			+ "left join ingest_fact_label el on el.submission_id = e.submission_id and el.label_id = e.label_id "
			+ "join ingest_fact l on l.id = c.later_fact_id join ingest_submission ls on ls.id = l.submission_id "
			+ "left join ingest_fact_label ll on ll.submission_id = l.submission_id and ll.label_id = l.label_id ";

	private final JdbcClient jdbc;

	private final ReferenceData reference;

	FactChanges(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	/**
	 * The changes that deciding some files made.
	 * @param submissions the files
	 * @return the changes, in the order they were made
	 */
	public List<Change> madeBy(Collection<Long> submissions) {
		if (submissions.isEmpty()) {
			return List.of();
		}
		String in = submissions.stream().map(String::valueOf).collect(Collectors.joining(","));
		return this.jdbc.sql(SELECT + "where c.submission_id in (" + in + ") order by c.id").query(this::change).list();
	}

	/**
	 * The changes to a year's figures.
	 * @param year the year
	 * @return the changes, in the order they were made
	 */
	public List<Change> ofYear(int year) {
		return this.jdbc.sql(SELECT + "where c.fact_year = ? order by c.id").param(year).query(this::change).list();
	}

	private Change change(ResultSet rs, int row) throws SQLException {
		String region = rs.getString(3);
		String regionName = this.reference.regions().byCode(region).map((r) -> r.name()).orElse(region);
		String indicatorName = this.reference.indicators()
			.byCode(rs.getString(4))
			.map((i) -> i.name())
			.orElse(rs.getString(17));
		return new Change(rs.getLong(1), rs.getString(2), region, regionName, rs.getString(4), indicatorName,
				rs.getInt(5),
				new Source(rs.getLong(19), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9),
						rs.getString(10)),
				new Source(rs.getLong(20), rs.getBigDecimal(11), rs.getString(12), rs.getString(13), rs.getString(14),
						rs.getString(15)),
				"later".equals(rs.getString(16)), rs.getLong(18));
	}

	/**
	 * One change to a figure.
	 *
	 * @param id its number
	 * @param kind {@code revision}, {@code alternative} or {@code conflict}
	 * @param regionCode the region's code
	 * @param region the region's name
	 * @param indicatorCode the indicator's code
	 * @param indicator the indicator's name
	 * @param year the year
	 * @param earlier the value current before
	 * @param later the value the file gave
	 * @param laterPublished whether the later value is the one published now
	 * @param submission the file whose deciding made the change
	 */
	public record Change(long id, String kind, String regionCode, String region, String indicatorCode, String indicator,
			int year, Source earlier, Source later, boolean laterPublished, long submission) {

		/**
		 * The change on one line, as the report and the page print it.
		 * @param english whether in English
		 * @return the line
		 */
		public String line(boolean english) {
			String what = Messages.get(english, switch (this.kind) {
				case "revision" -> "ingest.change.revision";
				case "alternative" -> "ingest.change.alternative";
				default -> "ingest.change.conflict";
			});
			String published = (this.laterPublished ? this.later : this.earlier).value();
			return Messages.get(english, "ingest.change.line", what, this.region, this.indicator, this.year,
					this.earlier.value(), this.later.value(), this.earlier.place(), this.later.place(), published);
		}

	}

	/**
	 * One side of a change: a fact and where it came from.
	 *
	 * @param fact the fact's id
	 * @param amount its value, or null when not available
	 * @param department the department
	 * @param file the file's name
	 * @param sheet the sheet
	 * @param cell the cell
	 */
	public record Source(long fact, BigDecimal amount, String department, String file, String sheet, String cell) {

		/**
		 * The value as printed.
		 * @return the plain value, or … when not available
		 */
		public String value() {
			return (this.amount != null) ? this.amount.stripTrailingZeros().toPlainString() : "…";
		}

		/**
		 * Where it came from: department, file, sheet!cell.
		 * @return the place
		 */
		public String place() {
			return this.department + " " + this.file + " " + this.sheet + "!" + this.cell;
		}

	}

}
