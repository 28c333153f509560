package org.annals.tables;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The current facts a table needs, read from {@code ingest_fact}, and the provenance of
 * any fact for lineage.
 */
@Repository
public class TableFacts {

	private final JdbcClient jdbc;

	TableFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A current fact.
	 *
	 * @param id its id
	 * @param value its value, null when not available
	 * @param status empty, {@code na} or {@code provisional}
	 * @param conflict whether another department gave a different value in the same run
	 */
	public record Fact(long id, BigDecimal value, String status, boolean conflict) {
	}

	/**
	 * Where a fact came from.
	 *
	 * @param factId the fact
	 * @param value its value
	 * @param department the department
	 * @param file the file as sent
	 * @param sheet the sheet
	 * @param cell the cell
	 * @param receivedAt when the file arrived
	 * @param state current, superseded, same or conflict
	 * @param conflict whether it is in conflict with another department's value
	 */
	public record Source(long factId, BigDecimal value, String department, String file, String sheet, String cell,
			String receivedAt, String state, boolean conflict) {
	}

	/**
	 * The current facts of some indicators in two years, by
	 * {@code region|indicator|year}.
	 * @param indicators the indicator codes
	 * @param year the later year (the earlier is year − 1)
	 * @return the facts
	 */
	public Map<String, Fact> current(List<String> indicators, int year) {
		Map<String, Fact> facts = new HashMap<>();
		if (indicators.isEmpty()) {
			return facts;
		}
		String in = String.join(",", indicators.stream().map((i) -> "'" + i.replace("'", "''") + "'").toList());
		this.jdbc.sql(
				"select id, region_code, indicator_code, fact_year, fact_value, status, conflict from ingest_published_fact "
						+ "where state = 'current' and fact_year in (?, ?) and indicator_code in (" + in + ")")
			.params(year - 1, year)
			.query((rs) -> {
				facts.put(key(rs.getString(2), rs.getString(3), rs.getInt(4)),
						new Fact(rs.getLong(1), rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7)));
			});
		return facts;
	}

	/**
	 * The provenance of facts, and every other value given for the same region, indicator
	 * and year (earlier revisions and conflicting values), for the editor.
	 * @param factIds the facts
	 * @return the sources, the facts themselves first
	 */
	public List<Source> sources(List<Long> factIds) {
		if (factIds.isEmpty()) {
			return List.of();
		}
		String in = String.join(",", factIds.stream().map(String::valueOf).toList());
		return this.jdbc
			.sql("select o.id, o.fact_value, o.department, s.original_name, o.sheet, o.cell, s.received_at, o.state, "
					+ "o.conflict from ingest_fact f join ingest_published_fact o on o.region_code = f.region_code "
					+ "and o.indicator_code = f.indicator_code and o.fact_year = f.fact_year "
					+ "join ingest_submission s on s.id = o.submission_id where f.id in (" + in + ") "
					+ "order by case when o.id in (" + in + ") then 0 else 1 end, o.id")
			.query((rs, n) -> new Source(rs.getLong(1), plain(rs.getBigDecimal(2)), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), String.valueOf(rs.getTimestamp(7)), rs.getString(8),
					rs.getBoolean(9)))
			.list();
	}

	static String key(String region, String indicator, int year) {
		return region + "|" + indicator + "|" + year;
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
