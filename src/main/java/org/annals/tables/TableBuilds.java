package org.annals.tables;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.annals.ingest.PublishedFacts;
import org.annals.support.Sha256;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The builds of the yearbook tables in {@code tables_build}: each compile of a table for
 * a year, its content (with lineage), its hash, and how many cells changed since the
 * build before.
 */
@Repository
public class TableBuilds {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PublishedFacts facts;

	TableBuilds(JdbcClient jdbc, PublishedFacts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	/**
	 * A stored build.
	 *
	 * @param id the build id
	 * @param tableId the table
	 * @param year the year
	 * @param contentHash the SHA-256 of its content
	 * @param changedCells cells that differ from the build before (all cells for a first
	 * build)
	 * @param builtAt when it was built
	 * @param document the table with lineage
	 */
	public record Build(long id, String tableId, int year, String contentHash, int changedCells, String builtAt,
			TableDocument document) {
	}

	/**
	 * Stores a compiled table as a new build, with the lineage of every cell.
	 * @param table the table
	 * @param execution the job execution, or null
	 * @return the build
	 */
	public Build save(CompiledTable table, Long execution) {
		List<List<Long>> asked = new ArrayList<>();
		table.rows().forEach((row) -> row.cells().forEach((c) -> asked.add(c.factIds())));
		Iterator<List<PublishedFacts.Source>> sources = this.facts.sources(asked).iterator();
		List<TableDocument.Row> rows = new ArrayList<>();
		for (TableRow row : table.rows()) {
			List<TableDocument.Cell> cells = new ArrayList<>();
			for (TableCell c : row.cells()) {
				cells.add(new TableDocument.Cell(c.value(), c.display(), c.status(), c.note(), sources.next()));
			}
			rows.add(new TableDocument.Row(row.regionCode(), row.label(), cells));
		}
		TableDocument document = new TableDocument(table.id(), table.year(), table.title(), table.unitLine(),
				table.columns(), rows, table.footnotes(), table.source());
		String content = JSON.writeValueAsString(document);
		String hash = Sha256.of(content);
		int changed = latest(table.id(), table.year()).map((previous) -> changedCells(previous.document(), document))
			.orElse(table.rows().size() * table.columns().size());
		this.jdbc
			.sql("insert into tables_build (table_id, table_year, content_hash, content, changed_cells, built_at, "
					+ "job_execution_id) values (?, ?, ?, ?, ?, ?, ?)")
			.params(table.id(), table.year(), hash, content, changed, new Timestamp(System.currentTimeMillis()),
					execution)
			.update();
		return latest(table.id(), table.year()).orElseThrow();
	}

	/**
	 * Removes every build of a year's tables (a year compiled by mistake).
	 * @param year the year
	 * @return how many builds were removed
	 */
	public int deleteYear(int year) {
		return this.jdbc.sql("delete from tables_build where table_year = ?").param(year).update();
	}

	/**
	 * The latest build of a table for a year.
	 * @param tableId the table
	 * @param year the year
	 * @return the build
	 */
	public Optional<Build> latest(String tableId, int year) {
		return this.jdbc
			.sql("select id, table_id, table_year, content_hash, changed_cells, built_at, content from tables_build "
					+ "where table_id = ? and table_year = ? order by id desc limit 1")
			.params(tableId, year)
			.query((rs, n) -> new Build(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
					String.valueOf(rs.getTimestamp(6)), JSON.readValue(rs.getString(7), TableDocument.class)))
			.optional();
	}

	/**
	 * A build by its id (the one signed off, which stays the one printed while a later
	 * build is under review).
	 * @param id the build's id
	 * @return the build
	 */
	public Optional<Build> byId(long id) {
		return this.jdbc
			.sql("select id, table_id, table_year, content_hash, changed_cells, built_at, content from tables_build "
					+ "where id = ?")
			.param(id)
			.query((rs, n) -> new Build(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
					String.valueOf(rs.getTimestamp(6)), JSON.readValue(rs.getString(7), TableDocument.class)))
			.optional();
	}

	/**
	 * The cells of the latest build that differ from the build before it, as
	 * {@code row-column} (0-based); every cell for a first build.
	 * @param tableId the table
	 * @param year the year
	 * @return the changed cells
	 */
	public java.util.Set<String> changedCells(String tableId, int year) {
		List<TableDocument> last = this.jdbc
			.sql("select content from tables_build where table_id = ? and table_year = ? order by id desc limit 2")
			.params(tableId, year)
			.query((rs, n) -> JSON.readValue(rs.getString(1), TableDocument.class))
			.list();
		java.util.Set<String> changed = new java.util.LinkedHashSet<>();
		if (last.isEmpty()) {
			return changed;
		}
		TableDocument after = last.get(0);
		TableDocument before = (last.size() > 1) ? last.get(1) : null;
		for (int r = 0; r < after.rows().size(); r++) {
			for (int c = 0; c < after.rows().get(r).cells().size(); c++) {
				if (before == null || !same(before, after.rows().get(r), c)) {
					changed.add(r + "-" + c);
				}
			}
		}
		return changed;
	}

	private static boolean same(TableDocument before, TableDocument.Row row, int column) {
		return before.rows()
			.stream()
			.filter((o) -> o.regionCode().equals(row.regionCode()))
			.findFirst()
			.filter((o) -> column < o.cells().size())
			.map((o) -> o.cells().get(column))
			.filter((o) -> o.display().equals(row.cells().get(column).display())
					&& o.status().equals(row.cells().get(column).status()))
			.isPresent();
	}

	/**
	 * The years that have builds, newest first.
	 * @return the years
	 */
	public List<Integer> years() {
		return this.jdbc.sql("select distinct table_year from tables_build order by table_year desc")
			.query(Integer.class)
			.list();
	}

	/**
	 * The content of a build as JSON.
	 * @param build the build
	 * @return the JSON
	 */
	public static String json(Build build) {
		return json(build.document());
	}

	/**
	 * A table document as JSON, e.g. the English edition of a build.
	 * @param document the document
	 * @return the JSON
	 */
	public static String json(TableDocument document) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
	}

	static int changedCells(TableDocument before, TableDocument after) {
		int changed = 0;
		for (TableDocument.Row row : after.rows()) {
			for (int c = 0; c < row.cells().size(); c++) {
				changed += same(before, row, c) ? 0 : 1;
			}
		}
		return changed;
	}

}
