package org.annals.ingest;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.reference.ReferenceData;
import org.annals.reference.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The canonical facts of a year (the same rows as {@link FactsExporter}'s CSV) as figures
 * for the open formats, each with the flags the CSV has no column for: revised (a later
 * value superseded an earlier one), alternative (a lower-ranked source gave another
 * value) and conflict (two sources of equal rank disagree).
 */
@Component
public class FactObservations {

	/** The dataflow of the facts. */
	public static final String FLOW = "FACTS";

	private final JdbcClient jdbc;

	private final ReferenceData reference;

	FactObservations(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	/**
	 * A year's facts.
	 * @param year the year
	 * @param texts the words of the dataset's label
	 * @return the figures, by region and indicator
	 */
	public StatDataset of(int year, ExportTexts texts) {
		Map<Long, Set<String>> kinds = changes(year);
		List<StatDataset.Observation> observations = new ArrayList<>();
		Set<String> departments = new LinkedHashSet<>();
		Timestamp[] updated = { null };
		String published = PublishedCoverage.among("f.submission_id",
				PublishedCoverage.submissions(this.jdbc, List.of(year), List.of()));
		this.jdbc.sql(
				"select f.region_code, f.indicator_code, f.indicator_name, f.unit, f.fact_year, f.fact_value, f.status, "
						+ "f.department, s.original_name, f.sheet, f.cell, f.id, f.conflict, f.published_at "
						+ "from ingest_published_fact f join ingest_submission s on s.id = f.submission_id "
						+ "where f.fact_year = ? and f.state = 'current' and " + published
						+ " order by f.region_code, f.indicator_code")
			.param(year)
			.query((rs) -> {
				String region = rs.getString(1);
				Set<String> flags = new LinkedHashSet<>(kinds.getOrDefault(rs.getLong(12), Set.of()));
				if (rs.getBoolean(13)) {
					flags.add("conflict");
				}
				observations.add(new StatDataset.Observation(region, regionName(region, year), rs.getString(2),
						rs.getString(3), rs.getString(4), null, rs.getInt(5), rs.getBigDecimal(6), rs.getString(7),
						List.copyOf(flags), "", rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
				departments.add(rs.getString(8));
				Timestamp at = rs.getTimestamp(14);
				if (at != null && (updated[0] == null || at.after(updated[0]))) {
					updated[0] = at;
				}
			});
		String source = texts.get("export.facts.source", String.join("、", departments));
		return new StatDataset(FLOW, texts.get("export.facts.label", String.valueOf(year)), source,
				(updated[0] != null) ? updated[0].toInstant().toString() : null, List.of(), observations);
	}

	private String regionName(String region, int year) {
		return this.reference.regions()
			.byCode(region, year)
			.or(() -> this.reference.regions().byCode(region))
			.map(Region::name)
			.orElse("");
	}

	/**
	 * What each published fact of the year went through: a revision that published it, an
	 * alternative it stands beside. A conflict is the fact's own mark, which an editor's
	 * choice settles.
	 */
	private Map<Long, Set<String>> changes(int year) {
		Map<Long, Set<String>> kinds = new HashMap<>();
		this.jdbc.sql("select published_fact_id, kind from ingest_fact_change where fact_year = ?")
			.param(year)
			.query((rs) -> {
				String flag = switch (rs.getString(2)) {
					case "revision" -> "revised";
					case "alternative" -> "alternative";
					default -> null;
				};
				if (flag != null) {
					kinds.computeIfAbsent(rs.getLong(1), (k) -> new LinkedHashSet<>()).add(flag);
				}
			});
		return kinds;
	}

}
