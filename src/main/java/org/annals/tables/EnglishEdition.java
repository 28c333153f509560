package org.annals.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.annals.reference.Indicator;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;
import org.annals.reference.TableDefinition;
import org.annals.support.Messages;

import org.springframework.stereotype.Component;

/**
 * The English edition of a compiled table (issue 24): the same build, figures and layout
 * (title, unit line, merged headers, footnotes, source line), with the English texts of
 * its descriptor ({@code title_en}, {@code header_en}, …), the indicators' English names
 * over columns without a header, and the regions' English names. It is made from the
 * Chinese build, so that the two editions never disagree on a figure.
 */
@Component
public class EnglishEdition {

	/** The language of the edition. */
	public static final Locale LOCALE = Locale.ENGLISH;

	// the compiler writes an editor's cell note as "中文 / English" (messages.properties)
	private static final String NOTE_SEPARATOR = " / ";

	private final ReferenceData reference;

	EnglishEdition(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * Whether a language asks for the English edition.
	 * @param lang {@code en}, or {@code zh}, or null for Chinese
	 * @return true for English
	 */
	public static boolean isEnglish(String lang) {
		return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
	}

	/**
	 * The English edition of a build's table.
	 * @param chinese the stored build's document
	 * @return the English document, or empty when the table has no English edition (no
	 * {@code title_en}) or its descriptor no longer has the build's columns
	 */
	public Optional<TableDocument> of(TableDocument chinese) {
		TableDefinition definition = this.reference.table(chinese.id()).orElse(null);
		if (definition == null || !definition.hasEnglish()) {
			return Optional.empty();
		}
		int year = chinese.year();
		List<TableColumn> columns = columns(definition, chinese.columns(), year);
		if (columns == null) {
			return Optional.empty();
		}
		TableDefinition english = definition.inEnglish();
		List<TableDocument.Row> rows = chinese.rows()
			.stream()
			.map((row) -> new TableDocument.Row(row.regionCode(), label(row, definition, year),
					row.cells().stream().map(EnglishEdition::cell).toList()))
			.toList();
		List<String> footnotes = new ArrayList<>(english.footnotes());
		if (chinese.footnotes().size() > definition.footnotes().size()) {
			footnotes.add(areaChangeNote(chinese, definition, year));
		}
		return Optional.of(new TableDocument(chinese.id(), year, english.titleOf(year), english.unitLine(), columns,
				rows, footnotes, english.source()));
	}

	/**
	 * The English edition of a build's table, ready to print.
	 * @param build the build
	 * @return the English table, or empty when the table has none
	 */
	public Optional<CompiledTable> of(TableBuilds.Build build) {
		return of(build.document()).map(TableDocument::toCompiled);
	}

	private List<TableColumn> columns(TableDefinition definition, List<TableColumn> chinese, int year) {
		List<TableColumn> columns = new ArrayList<>();
		for (TableDefinition.Group group : definition.groups()) {
			Indicator indicator = this.reference.indicators().byCode(group.indicator()).orElseThrow();
			String groupHeader = (group.headerEn() != null) ? group.headerEn() : indicator.nameEn();
			for (TableDefinition.Column column : group.columns()) {
				int i = columns.size();
				if (i >= chinese.size() || !chinese.get(i).indicatorCode().equals(indicator.code())) {
					return null;
				}
				TableColumn built = chinese.get(i);
				String header = new TableDefinition.Column(column.headerEn(), column.value(), column.decimals())
					.headerOf(year);
				columns.add(new TableColumn((built.group() != null) ? groupHeader : null, header, built.indicatorCode(),
						built.value(), built.decimals()));
			}
		}
		return (columns.size() == chinese.size()) ? columns : null;
	}

	private String label(TableDocument.Row row, TableDefinition definition, int year) {
		Region region = this.reference.regions()
			.byCode(row.regionCode(), year)
			.or(() -> this.reference.regions().byCode(row.regionCode()))
			.orElse(null);
		if (region == null) {
			return row.label();
		}
		if (region.level() == Region.Level.PROVINCE && !"list".equals(definition.rows().set())) {
			return Messages.get(LOCALE, "tables.province");
		}
		return (region.englishLabel() != null) ? region.englishLabel() : row.label();
	}

	private static TableDocument.Cell cell(TableDocument.Cell cell) {
		String note = cell.note();
		int separator = (note != null) ? note.indexOf(NOTE_SEPARATOR) : -1;
		if (separator >= 0) {
			note = note.substring(separator + NOTE_SEPARATOR.length());
		}
		return new TableDocument.Cell(cell.value(), cell.display(), cell.status(), note, cell.sources());
	}

	private String areaChangeNote(TableDocument chinese, TableDefinition definition, int year) {
		List<String> changed = chinese.rows()
			.stream()
			.filter((row) -> this.reference.regions()
				.byCode(row.regionCode(), year)
				.filter((r) -> this.reference.regions().areaChanged(r, year - 1, year))
				.isPresent())
			.map((row) -> label(row, definition, year))
			.toList();
		return Messages.get(LOCALE, "tables.note.regionsChanged", String.join(", ", changed), String.valueOf(year),
				String.valueOf(year - 1));
	}

}
