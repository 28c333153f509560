package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.internal.sheet.SheetTestFiles.ReadSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.annals.ingest.internal.sheet.SheetTestFiles.fixture;
import static org.annals.ingest.internal.sheet.SheetTestFiles.readAll;
import static org.annals.ingest.internal.sheet.SheetTestFiles.row;
import static org.annals.ingest.internal.sheet.SheetTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvSheetCursorTests {

	/** The table every encoding fixture holds; GBK has no code for the last row's 𠮷. */
	private static final List<SheetRow> TABLE = List.of(row(0, text(0, "地区"), text(1, "常住人口（万人）"), text(2, "备注")),
			row(1, text(0, "成都市"), text(1, "2140.3"), text(2, "省会")),
			row(2, text(0, "凉山彝族自治州"), text(1, "487.8"), text(2, "“自治州”")));

	private static final SheetRow RARE_CHARACTER_ROW = row(3, text(0, "𠮷祥村"), text(1, "0.3"), text(2, "生僻字"));

	@ParameterizedTest
	@ValueSource(strings = { "csv-utf8-bom.csv", "csv-utf8.csv", "csv-gb18030.csv" })
	void readsTheSameTableWhetherUtf8WithOrWithoutBomOrGb18030(String name) throws IOException {
		List<SheetRow> expected = new ArrayList<>(TABLE);
		expected.add(RARE_CHARACTER_ROW);

		assertThat(readAll(fixture(name))).containsExactly(new ReadSheet("csv", expected));
	}

	@Test
	void readsTheSameTableFromGbk() throws IOException {
		assertThat(readAll(fixture("csv-gbk.csv"))).containsExactly(new ReadSheet("csv", TABLE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv-utf8-bom.csv", "csv-utf8.csv", "csv-gbk.csv", "csv-gb18030.csv" })
	void neverHoldsAReplacementCharacterOrAByteOrderMark(String name) throws IOException {
		List<String> texts = readAll(fixture(name)).get(0)
			.rows()
			.stream()
			.flatMap((row) -> row.cells().stream())
			.map(Cell::text)
			.toList();

		assertThat(texts).isNotEmpty().noneMatch((text) -> text.contains("\uFFFD") || text.contains("\uFEFF"));
	}

	@Test
	void readsAFourByteGb18030CharacterAsOneCodePoint() throws IOException {
		String region = readAll(fixture("csv-gb18030.csv")).get(0).rows().get(3).text(0);

		assertThat(region.codePoints().toArray()).containsExactly(0x20BB7, '祥', '村');
	}

	@Test
	void rejectsTextThatIsNeitherUtf8NorGb18030() throws IOException {
		try (SheetCursor cursor = FileFormat.CSV.open(fixture("csv-invalid-encoding.csv"))) {
			assertThatExceptionOfType(RejectedFileException.class).isThrownBy(cursor::nextSheet)
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCODING"));
		}
	}

	@Test
	void readsTabSeparatedText() throws IOException {
		assertThat(readAll(fixture("tab-separated.tsv")))
			.containsExactly(new ReadSheet("csv", List.of(row(0, text(0, "地区"), text(1, "常住人口（万人）"), text(2, "备注")),
					row(1, text(0, "成都市"), text(1, "2140.3"), text(2, "省会, 副省级")))));
	}

	@Test
	void readsSemicolonSeparatedTextKeepingDecimalCommas() throws IOException {
		assertThat(readAll(fixture("semicolon-separated.csv")))
			.containsExactly(new ReadSheet("csv", List.of(row(0, text(0, "地区"), text(1, "常住人口（万人）"), text(2, "备注")),
					row(1, text(0, "成都市"), text(1, "2140,3"), text(2, "省会, 副省级")))));
	}

	@Test
	void readsQuotedFieldsWithCommasLineBreaksAndDoubledQuotes() throws IOException {
		assertThat(readAll(fixture("quoted-fields.csv"))).containsExactly(new ReadSheet("csv",
				List.of(row(0, text(0, "地区"), text(1, "指标"), text(2, "数值")),
						row(1, text(0, "成都市"), text(1, "地区生产总值,亿元"), text(2, "22,074.7")),
						row(2, text(0, "绵阳市"), text(1, "注：\r\n第二行"), text(2, "他说\"好\"")))));
	}

	@Test
	void marksACellHoldingANulCharacterShowingItAndNeverHandsTheNulOn() throws IOException {
		// issue 19 point 2, RELIABILITY #30: a NUL reached PostgreSQL and failed the job
		assertThat(readAll(fixture("nul-in-field.csv")))
			.containsExactly(new ReadSheet("csv", List.of(row(0, text(0, "地区"), text(1, "数值")),
					row(1, new Cell(0, "成都\u2400市", Cell.Kind.CONTROL_CHARACTER, null), text(1, "1")))));
	}

	@Test
	void countsBlankLinesInTheRowIndexAsExcelDoes() throws IOException {
		assertThat(readAll(fixture("blank-lines.csv")))
			.containsExactly(new ReadSheet("csv", List.of(row(0, text(0, "地区"), text(1, "数值")),
					row(2, text(0, "成都市"), text(1, "1")), row(4, text(0, "绵阳市"), text(1, "2")))));
	}

	@Test
	void isOneSheetNamedCsvWithNoHiddenSheets() throws IOException {
		try (SheetCursor cursor = FileFormat.CSV.open(fixture("csv-utf8.csv"))) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.sheetName()).isEqualTo("csv");
			assertThat(cursor.nextSheet()).isFalse();
			assertThat(cursor.hiddenSheets()).isEmpty();
		}
	}

}
