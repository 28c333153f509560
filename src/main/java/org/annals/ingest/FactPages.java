package org.annals.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A year's published facts as editors page through them: filtered by region (with the
 * regions under it), indicator, department, status and a text, a page at a time by keyset
 * (where the last page ended, never an offset), so that the page costs the same on the
 * first page as on the last of a million facts.
 */
@Repository
public class FactPages {

	/** The statuses a page can be filtered by. */
	public static final List<String> STATUSES = List.of("provisional", "conflict", "na", "revised");

	private static final String FROM = "from ingest_published_fact f join ingest_submission s on s.id = f.submission_id ";

	private final JdbcClient jdbc;

	FactPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a page asks for.
	 *
	 * @param year the data year
	 * @param regionPrefix the code prefix of a region and the regions under it (a
	 * province's two digits, a city's four, a county's six), or null for all
	 * @param indicator a part of the indicator's name, or null
	 * @param department the department, or null
	 * @param status one of {@link #STATUSES}, or null
	 * @param text a part of the indicator's name, or of a region's name (the codes of the
	 * regions it names, in {@code textRegions}), or null
	 * @param textRegions the regions whose names hold the text
	 * @param after where the previous page ended, or null for the first page
	 * @param size the facts on a page
	 */
	public record Query(int year, String regionPrefix, String indicator, String department, String status, String text,
			List<String> textRegions, Key after, int size) {
	}

	/**
	 * Where a fact stands in the order of the pages: region, indicator, id.
	 *
	 * @param region the region code
	 * @param indicator the indicator code
	 * @param id the fact's id
	 */
	public record Key(String region, String indicator, long id) {
	}

	/**
	 * A page.
	 *
	 * @param facts its facts
	 * @param revised which of them a later file revised (their ids)
	 * @param next where the next page starts, or null on the last
	 * @param total the facts all pages hold
	 * @param conflicts how many of those conflict
	 */
	public record Page(List<PublishedFacts.Reviewed> facts, List<Long> revised, Key next, long total, long conflicts) {
	}

	/**
	 * A page of facts.
	 * @param query what is asked for
	 * @return the page
	 */
	public Page page(Query query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		long[] counts = this.jdbc
			.sql("select count(*), coalesce(sum(case when f.conflict then 1 else 0 end), 0) " + FROM + where)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		String keyset = "";
		if (query.after() != null) {
			Key after = query.after();
			keyset = " and (f.region_code > ? or (f.region_code = ? and (f.indicator_code > ? "
					+ "or (f.indicator_code = ? and f.id > ?))))";
			pageParams
				.addAll(List.of(after.region(), after.region(), after.indicator(), after.indicator(), after.id()));
		}
		pageParams.add(query.size() + 1);
		List<Object[]> rows = this.jdbc
			.sql("select f.region_code, f.indicator_name, f.unit, f.fact_value, f.status, f.conflict, f.state, "
					+ "f.department, s.original_name, f.sheet, f.cell, f.id, f.indicator_code, " + revised() + " "
					+ FROM + where + keyset + " order by f.region_code, f.indicator_code, f.id fetch first ? rows only")
			.params(pageParams)
			.query((rs,
					n) -> new Object[] { new PublishedFacts.Reviewed(rs.getLong(12), rs.getString(1), rs.getString(2),
							rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
							rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)), rs.getString(13),
							rs.getBoolean(14) })
			.list();
		Key next = null;
		if (rows.size() > query.size()) {
			rows = rows.subList(0, query.size());
			PublishedFacts.Reviewed last = (PublishedFacts.Reviewed) rows.get(rows.size() - 1)[0];
			next = new Key(last.regionCode(), (String) rows.get(rows.size() - 1)[1], last.id());
		}
		List<PublishedFacts.Reviewed> facts = rows.stream().map((row) -> (PublishedFacts.Reviewed) row[0]).toList();
		List<Long> revised = rows.stream()
			.filter((row) -> (Boolean) row[2])
			.map((row) -> ((PublishedFacts.Reviewed) row[0]).id())
			.toList();
		return new Page(facts, revised, next, counts[0], counts[1]);
	}

	/**
	 * The departments that gave facts of a year, for the page's filter.
	 * @param year the year
	 * @return the departments, in order
	 */
	public List<String> departments(int year) {
		List<Object> params = new ArrayList<>();
		String where = where(new Query(year, null, null, null, null, null, List.of(), null, 0), params);
		return this.jdbc.sql("select distinct f.department " + FROM + where + " order by 1")
			.params(params)
			.query(String.class)
			.list();
	}

	private String where(Query query, List<Object> params) {
		String published = PublishedCoverage.among("f.submission_id",
				PublishedCoverage.submissions(this.jdbc, List.of(query.year()), List.of()));
		StringBuilder where = new StringBuilder(
				"where f.fact_year = ? and f.state in ('current', 'conflict', " + "'alternative') and " + published);
		params.add(query.year());
		if (query.regionPrefix() != null) {
			where.append(" and f.region_code like ?");
			params.add(query.regionPrefix() + "%");
		}
		if (query.indicator() != null) {
			where.append(" and f.indicator_name like ? escape '!'");
			params.add(containing(query.indicator()));
		}
		if (query.department() != null) {
			where.append(" and f.department = ?");
			params.add(query.department());
		}
		if (query.text() != null) {
			where.append(" and (f.indicator_name like ? escape '!'");
			params.add(containing(query.text()));
			for (String region : query.textRegions()) {
				where.append(" or f.region_code = ?");
				params.add(region);
			}
			where.append(")");
		}
		if (query.status() != null) {
			where.append(switch (query.status()) {
				case "provisional" -> " and f.status = 'provisional'";
				case "na" -> " and f.status = 'na'";
				case "conflict" -> " and f.conflict";
				case "revised" -> " and " + revised();
				default -> throw new IllegalArgumentException(query.status());
			});
		}
		return where.toString();
	}

	/**
	 * A LIKE pattern of names holding a text, taken literally ({@code %} and {@code _}
	 * too).
	 */
	private static String containing(String text) {
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	/**
	 * Whether a later file revised the fact's figure (a revision of its region and
	 * indicator of the year).
	 */
	private static String revised() {
		return "exists (select 1 from ingest_fact_change c where c.kind = 'revision' and c.region_code = f.region_code "
				+ "and c.indicator_code = f.indicator_code and c.fact_year = f.fact_year)";
	}

}
