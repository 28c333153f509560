package org.annals.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model ingest publishes of its facts ({@code ingest_published_fact}): the
 * current facts a table needs, the provenance of any fact for lineage, and a year's facts
 * as editors review them. Other features read facts here, never with SQL on ingest's
 * tables.
 */
@Repository
public class PublishedFacts {

	private static final int QUERY_IDS = 1000;

	private final JdbcClient jdbc;

	PublishedFacts(JdbcClient jdbc) {
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
	 * @param choice the editor's choice of this value, if it was chosen (数出一门)
	 */
	public record Source(long factId, BigDecimal value, String department, String file, String sheet, String cell,
			String receivedAt, String state, boolean conflict, Choice choice) {
	}

	/**
	 * An editor's choice of a value over the others of its region, indicator and year.
	 *
	 * @param chosenBy who chose it
	 * @param chosenAt when
	 * @param reason why
	 */
	public record Choice(String chosenBy, String chosenAt, String reason) {
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
		String in = PublishedCoverage.literals(indicators);
		String published = PublishedCoverage.among("submission_id",
				PublishedCoverage.submissions(this.jdbc, List.of(year - 1, year), indicators));
		this.jdbc.sql(
				"select id, region_code, indicator_code, fact_year, fact_value, status, conflict from ingest_published_fact "
						+ "where state = 'current' and fact_year in (?, ?) and indicator_code in (" + in + ") and "
						+ published)
			.params(year - 1, year)
			.query((rs) -> {
				facts.put(key(rs.getString(2), rs.getString(3), rs.getInt(4)),
						new Fact(rs.getLong(1), rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7)));
			});
		return facts;
	}

	/**
	 * The provenance of the facts of many cells, and every other value given for the same
	 * region, indicator and year (earlier revisions and conflicting values), for the
	 * editor. One query per thousand facts, not one per cell: a table has hundreds of
	 * cells, and a query's planning alone takes milliseconds.
	 * @param cells the facts of each cell
	 * @return the sources of each cell, in the same order, each cell's own facts first
	 */
	public List<List<Source>> sources(Collection<List<Long>> cells) {
		Set<Long> asked = new LinkedHashSet<>();
		cells.forEach(asked::addAll);
		Map<Long, List<Source>> byFact = new HashMap<>();
		List<Long> ids = new ArrayList<>(asked);
		for (int from = 0; from < ids.size(); from += QUERY_IDS) {
			String in = String.join(",",
					ids.subList(from, Math.min(ids.size(), from + QUERY_IDS)).stream().map(String::valueOf).toList());
			Set<Integer> years = new HashSet<>();
			Set<String> indicators = new HashSet<>();
			this.jdbc.sql("select distinct fact_year, indicator_code from ingest_fact where id in (" + in + ")")
				.query((rs) -> {
					years.add(rs.getInt(1));
					indicators.add(rs.getString(2));
				});
			String published = PublishedCoverage.among("o.submission_id",
					PublishedCoverage.submissions(this.jdbc, years, indicators));
			this.jdbc
				.sql("select f.id, o.id, o.fact_value, o.department, s.original_name, o.sheet, o.cell, s.received_at, "
						+ "o.state, o.conflict, c.chosen_by, c.chosen_at, c.reason from ingest_fact f "
						+ "join ingest_published_fact o on o.region_code = f.region_code "
						+ "and o.indicator_code = f.indicator_code and o.fact_year = f.fact_year "
						+ "join ingest_submission s on s.id = o.submission_id left join ingest_fact_choice c "
						+ "on c.id = (select max(d.id) from ingest_fact_choice d where d.fact_id = o.id) "
						+ "where f.id in (" + in + ") and " + published)
				.query((rs) -> {
					byFact.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
						.add(new Source(rs.getLong(2), plain(rs.getBigDecimal(3)), rs.getString(4), rs.getString(5),
								rs.getString(6), rs.getString(7), String.valueOf(rs.getTimestamp(8)), rs.getString(9),
								rs.getBoolean(10), choice(rs.getString(11), rs.getObject(12), rs.getString(13))));
				});
		}
		List<List<Source>> result = new ArrayList<>(cells.size());
		for (List<Long> cell : cells) {
			Map<Long, Source> sources = new HashMap<>();
			for (Long fact : cell) {
				byFact.getOrDefault(fact, List.of()).forEach((source) -> sources.putIfAbsent(source.factId(), source));
			}
			Set<Long> own = new HashSet<>(cell);
			result.add(sources.values()
				.stream()
				.sorted(Comparator.comparing((Source source) -> !own.contains(source.factId()))
					.thenComparingLong(Source::factId))
				.toList());
		}
		return result;
	}

	/**
	 * A published fact as editors review it.
	 *
	 * @param id its id
	 * @param regionCode its region
	 * @param indicatorName its indicator's name
	 * @param unit its unit
	 * @param value its value, null when not available
	 * @param status empty, {@code na}, {@code provisional} or {@code confidential}
	 * @param conflict whether another department gave a different value
	 * @param state current, conflict or alternative
	 * @param department the department
	 * @param file the file as sent
	 * @param sheet the sheet
	 * @param cell the cell
	 */
	public record Reviewed(long id, String regionCode, String indicatorName, String unit, BigDecimal value,
			String status, boolean conflict, String state, String department, String file, String sheet, String cell) {
	}

	/**
	 * The current, conflicting and alternative facts of a year from the published
	 * submissions, by region and indicator.
	 * @param year the year
	 * @return the facts
	 */
	public List<Reviewed> ofYear(int year) {
		String published = PublishedCoverage.among("f.submission_id",
				PublishedCoverage.submissions(this.jdbc, List.of(year), List.of()));
		return this.jdbc
			.sql("select f.region_code, f.indicator_name, f.unit, f.fact_value, f.status, f.conflict, f.state, "
					+ "f.department, s.original_name, f.sheet, f.cell, f.id from ingest_published_fact f join "
					+ "ingest_submission s on s.id = f.submission_id where f.fact_year = ? and "
					+ "f.state in ('current', 'conflict', 'alternative') and " + published
					+ " order by f.region_code, f.indicator_code, f.id")
			.param(year)
			.query((rs, n) -> new Reviewed(rs.getLong(12), rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4), rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11)))
			.list();
	}

	public static String key(String region, String indicator, int year) {
		return region + "|" + indicator + "|" + year;
	}

	private static Choice choice(String chosenBy, Object chosenAt, String reason) {
		return (chosenBy != null) ? new Choice(chosenBy, String.valueOf(chosenAt), reason) : null;
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
