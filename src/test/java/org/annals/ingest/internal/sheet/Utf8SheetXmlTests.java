package org.annals.ingest.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.annals.ingest.internal.sheet.SheetTestFiles.ReadSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.annals.ingest.internal.sheet.SheetTestFiles.number;
import static org.annals.ingest.internal.sheet.SheetTestFiles.readAll;
import static org.annals.ingest.internal.sheet.SheetTestFiles.row;
import static org.annals.ingest.internal.sheet.SheetTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link Utf8SheetXml} against the StAX parser it replaced for UTF-8 sheets: the same
 * cells from every construct of XML a sheet may hold, from random sheets, and the same
 * refusal of sheets that are not well formed.
 */
class Utf8SheetXmlTests {

	private static final String SHARED = SheetTestFiles.XML_DECLARATION
			+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\">"
			+ "<si><t>成都市</t></si><si><t>地区生产总值</t></si><si><r><t>亿</t></r><r><t>元</t></r></si></sst>";

	@TempDir
	Path dir;

	private int files;

	@Test
	void readsEveryConstructOfXmlAsTheStaxParserDoes() throws IOException {
		String sheet = "\uFEFF<?xml version='1.0' encoding='utf-8'?>\r\n<!-- 省统计局 -->"
				+ "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
				+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\n"
				+ "<x:dimension ref=\"A1:F3\"/><x:sheetData>\r\n" + "<x:row r = '1' spans=\"1:6\"><?producer 1?>"
				+ "<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t xml:space=\"preserve\"> R&amp;D </x:t></x:r>"
				+ "<x:r><x:t>&#x7ECF;&#36153;&lt;&gt;&quot;&apos;</x:t></x:r></x:is></x:c>"
				+ "<x:c t='str' r='B1'><x:f>A1&amp;\"\"</x:f><x:v>第一行\r\n第二行\r第三行\t末</x:v></x:c>"
				+ "<x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t><![CDATA[<亿元> & ]]]]><![CDATA[>]]></x:t></x:is></x:c>"
				+ "<x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>𠀀&#x20000;&#128512;</x:t></x:is></x:c>"
				+ "<x:c r=\"E1\" s=\"0\"/><x:c r=\"F1\"><x:v/></x:c></x:row>\n"
				+ "<x:row><x:c t=\"s\"><x:v> 2 </x:v></x:c><x:c r=\"&#67;2\" t=\"b\"><x:v>1</x:v></x:c>"
				+ "<x:c t=\"e\"><x:v>#DIV/0!</x:v></x:c><x:c r=\"F2\"><x:v>1.5E-3<!-- 注 --></x:v></x:c></x:row>"
				+ "<x:row r=\"5\"><x:c r=\"b5\" t=\"s\"><x:v>0</x:v></x:c></x:row>"
				+ "<x:row r=\"6\" x:r=\"9\"><x:c x:r=\"C6\" r=\"A6\" x:t=\"s\"><x:v>7&#000000000048;</x:v></x:c></x:row>"
				+ "</x:sheetData>"
				+ "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:B1\"/></x:mergeCells></x:worksheet>";

		List<ReadSheet> read = both(sheet.getBytes(StandardCharsets.UTF_8));

		assertThat(read.get(0).rows()).containsExactly(
				row(0, text(0, " R&D 经费<>\"'"), new Cell(1, "第一行\n第二行\n第三行\t末", Cell.Kind.TEXT, "A1&\"\""),
						text(2, "<亿元> & ]]>"), text(3, "𠀀𠀀😀")),
				row(1, text(0, "亿元"), new Cell(2, "TRUE", Cell.Kind.BOOLEAN, null),
						new Cell(3, "#DIV/0!", Cell.Kind.ERROR, null), number(5, "1.5E-3")),
				row(4, text(1, "成都市")), row(5, number(0, "70")));
	}

	@Test
	void readsTextsAndTagsThatCrossTheEndOfItsBufferAsTheStaxParserDoes() throws IOException {
		StringBuilder sheet = new StringBuilder(SheetTestFiles.SHEET_START);
		// random, or it would compress past POI's zip-bomb ratio
		Random random = new Random(7);
		StringBuilder chars = new StringBuilder();
		for (int i = 0; i < 120_000; i++) {
			chars.append((i == 60_000) ? "&amp;" : String
				.valueOf((char) ((i % 2 == 0) ? 0x4E00 + random.nextInt(20_000) : 'a' + random.nextInt(26))));
		}
		String big = chars.toString();
		sheet.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").append(big).append("</t></is></c></row>");
		for (int i = 2; i < 6000; i++) {
			sheet.append("<row r=\"")
				.append(i)
				.append("\"><c r=\"A")
				.append(i)
				.append("\" t=\"inlineStr\"><is><t>")
				.append("成".repeat(i % 7))
				.append("&#x4E2D;</t></is></c><c r=\"B")
				.append(i)
				.append("\"><v>")
				.append(i * 1.25)
				.append("</v></c></row>");
		}
		sheet.append(SheetTestFiles.SHEET_END);

		List<ReadSheet> read = both(sheet.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(read.get(0).rows()).hasSize(5999);
		assertThat(read.get(0).rows().get(0).text(0)).isEqualTo(big.replace("&amp;", "&"));
		assertThat(read.get(0).rows().get(5998).cells()).containsExactly(text(0, "成".repeat(5999 % 7) + "中"),
				number(1, "7498.75"));
	}

	@Test
	void readsRandomSheetsAsTheStaxParserDoes() throws IOException {
		Random random = new Random(20261204);
		int cells = 0;
		for (int i = 0; i < 60; i++) {
			List<ReadSheet> read = both(randomSheet(random).getBytes(StandardCharsets.UTF_8));
			cells += read.get(0).rows().stream().mapToInt((r) -> r.cells().size()).sum();
		}
		assertThat(cells).isGreaterThan(20_000);
	}

	@Test
	void readsASheetInAnotherEncodingWithTheStaxParser() throws IOException {
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet "
				+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成都市</t></is></c><c r=\"B1\"><v>2140.3</v></c></row>"
				+ SheetTestFiles.SHEET_END;

		for (byte[] bytes : List.of(sheet.getBytes(StandardCharsets.UTF_16BE), sheet.getBytes(StandardCharsets.UTF_16),
				sheet.replace("UTF-16", "GB18030").getBytes(java.nio.charset.Charset.forName("GB18030")))) {
			assertThat(both(bytes).get(0).rows()).containsExactly(row(0, text(0, "成都市"), number(1, "2140.3")));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "<row r=\"1\"><c r=\"A1\"><v>1</v></c></rox></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "<row r=\"1\"><c r=\"A1\"><v>1</v",
			"<row r=\"1\"><c r=\"A1\"><v>1&nbsp;</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v>&#0;</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v>&#xD800;</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v>&#xZZ;</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v>a<b/></v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=A1><v>1</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\" r=\"B1\"><v>1</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A<1\"><v>1</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v>a\u0001b</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成都\uFFFE</t></is></c></row></sheetData></worksheet>",
			"<row r=\"x\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\" s=\"x\"><v>1</v></c></row></sheetData></worksheet>",
			"<row r=\"1\"><c r=\"A1\"><v><!- 注 -->1</v></c></row></sheetData></worksheet>" })
	void refusesWhatTheStaxParserRefuses(String rest) throws IOException {
		Path file = SheetTestFiles.xlsx(next(), SheetTestFiles.SHEET_START + rest, SHARED);

		bothRefuse(file);
	}

	@Test
	void refusesBytesThatAreNotUtf8AsTheStaxParserDoes() throws IOException {
		// GBK bytes in a text, and a UTF-8 sequence cut short in a cell's reference
		byte[] gbk = { (byte) 0xB3, (byte) 0xC9, (byte) 0xB6, (byte) 0xBC };
		byte[] cut = { (byte) 0xE4, (byte) 0xB8 };
		bothRefuse(withBytes("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成", gbk, "</t></is></c></row>"));
		bothRefuse(withBytes("<row r=\"1\"><c r=\"A1", cut, "\"><v>1</v></c></row>"));
	}

	private Path withBytes(String before, byte[] bytes, String after) {
		ByteArrayOutputStream sheet = new ByteArrayOutputStream();
		sheet.writeBytes((SheetTestFiles.SHEET_START + before).getBytes(StandardCharsets.UTF_8));
		sheet.writeBytes(bytes);
		sheet.writeBytes((after + SheetTestFiles.SHEET_END).getBytes(StandardCharsets.UTF_8));
		return SheetTestFiles.xlsx(next(), sheet.toByteArray(), SHARED);
	}

	@Test
	void refusesATextLongerThanACellMayHoldInsteadOfFillingTheMemoryNamingTheCellAndTheLimit() throws IOException {
		ReadLimits limits = new ReadLimits(null, 1000, null, null, null, null, null);
		String text = "成".repeat(1001);
		Path file = SheetTestFiles.xlsx(next(),
				SheetTestFiles.SHEET_START + "<row r=\"7\"><c r=\"C7\" t=\"inlineStr\"><is><t>" + text
						+ "</t></is></c></row>" + SheetTestFiles.SHEET_END,
				SHARED);

		for (boolean reference : List.of(true, false)) {
			assertThatExceptionOfType(RejectedFileException.class).as("reference reader: %s", reference)
				.isThrownBy(() -> readAll(new XlsxSheetCursor(file, limits, reference)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CELL_TOO_LONG"))
				.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("表1", "C7", 1000));
		}
	}

	@Test
	void readsATextOfExactlyTheLimitInCharactersOfThreeBytesEach() throws IOException {
		ReadLimits limits = new ReadLimits(null, 1000, null, null, null, null, null);
		Path within = SheetTestFiles.xlsx(next(),
				SheetTestFiles.SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "成".repeat(1000)
						+ "</t></is></c></row>" + SheetTestFiles.SHEET_END,
				SHARED);
		Path over = SheetTestFiles.xlsx(next(),
				SheetTestFiles.SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "成".repeat(1001)
						+ "</t></is></c></row>" + SheetTestFiles.SHEET_END,
				SHARED);

		assertThat(readAll(new XlsxSheetCursor(within, limits, false)).get(0).rows().get(0).text(0)).hasSize(1000);
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> readAll(new XlsxSheetCursor(over, limits, false)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CELL_TOO_LONG"));
	}

	@Test
	void refusesElementsNestedDeeperThanAnySheetsAsMalformed() throws IOException {
		String deep = "<x>".repeat(Utf8SheetXml.MAX_DEPTH + 1);
		Path file = SheetTestFiles.xlsx(next(), SheetTestFiles.SHEET_START + deep, SHARED);

		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> readAll(new XlsxSheetCursor(file, false)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"))
			.satisfies((ex) -> assertThat(ex.arguments()[0].toString()).contains("元素嵌套超过 1000 层"));
	}

	@Test
	void saysWhereTheSheetIsMalformedInChinese() throws IOException {
		String good = "<row r=\"5\"><c r=\"A5\"><v>1</v></c></row><row r=\"6\"><c r=\"A6\"><v>2</v></c></row>";
		Path numbered = SheetTestFiles.xlsx(next(), SheetTestFiles.SHEET_START + good
				+ "<row r=\"7\"><c r=\"A7\"><v>1</v></c></rox>" + SheetTestFiles.SHEET_END, SHARED);
		Path unnumbered = SheetTestFiles.xlsx(next(), SheetTestFiles.SHEET_START + good.replaceAll(" r=\"[A0-9]+\"", "")
				+ "<row><c><v>&nope;</v></c></row>" + SheetTestFiles.SHEET_END, SHARED);

		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> readAll(new XlsxSheetCursor(numbered, false)))
			.satisfies((ex) -> assertThat(ex.arguments()[0].toString())
				.startsWith("工作表“表1”第 7 行附近 XML 不合法：结束标签与开始标签 <row> 不符")
				.containsPattern("（XML 第 [0-9]+ 字节）$"));
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> readAll(new XlsxSheetCursor(unnumbered, false)))
			.satisfies((ex) -> assertThat(ex.arguments()[0].toString()).startsWith("工作表“表1”第 3 行附近 XML 不合法：未声明的实体"));
	}

	private List<ReadSheet> both(byte[] sheet) throws IOException {
		Path file = SheetTestFiles.xlsx(next(), sheet, SHARED);
		List<ReadSheet> reference;
		try (XlsxSheetCursor cursor = new XlsxSheetCursor(file, true)) {
			reference = readAll(cursor);
		}
		List<ReadSheet> read;
		try (XlsxSheetCursor cursor = new XlsxSheetCursor(file, false)) {
			read = readAll(cursor);
		}
		assertThat(read).isEqualTo(reference);
		return read;
	}

	private static void bothRefuse(Path file) {
		for (boolean reference : List.of(true, false)) {
			assertThatExceptionOfType(RejectedFileException.class).as("reference reader: %s", reference)
				.isThrownBy(() -> readAll(new XlsxSheetCursor(file, reference)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
		}
	}

	private Path next() {
		return this.dir.resolve("sheet-" + (this.files++) + ".xlsx");
	}

	/** A sheet of a few hundred rows, each piece of it written one of several ways. */
	static String randomSheet(Random random) {
		boolean prefixed = random.nextBoolean();
		String p = prefixed ? "x:" : "";
		StringBuilder sheet = new StringBuilder();
		if (random.nextBoolean()) {
			sheet.append(SheetTestFiles.XML_DECLARATION);
		}
		sheet.append('<')
			.append(p)
			.append("worksheet xmlns")
			.append(prefixed ? ":x" : "")
			.append("=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><")
			.append(p)
			.append("sheetData>");
		int rows = 100 + random.nextInt(400);
		for (int r = 1; r <= rows; r++) {
			sheet.append('<').append(p).append("row");
			attributes(random, sheet, (random.nextInt(8) == 0) ? null : "r", String.valueOf(r), "spans", "1:9");
			sheet.append('>').append(space(random));
			int cells = random.nextInt(9);
			for (int c = 0; c < cells; c++) {
				cell(random, sheet, p, Cell.columnName(c) + r);
				sheet.append(space(random));
			}
			sheet.append("</").append(p).append("row>");
		}
		sheet.append("</").append(p).append("sheetData></").append(p).append("worksheet>");
		return sheet.toString();
	}

	private static void cell(Random random, StringBuilder sheet, String p, String reference) {
		String ref = (random.nextInt(6) == 0) ? null : (random.nextInt(10) == 0) ? reference.toLowerCase() : reference;
		String style = random.nextBoolean() ? null : String.valueOf(random.nextInt(5));
		sheet.append('<').append(p).append('c');
		switch (random.nextInt(7)) {
			case 0 -> {
				attributes(random, sheet, "r", ref, "s", style);
				sheet.append("/>");
				return;
			}
			case 1 -> {
				attributes(random, sheet, "r", ref, "t", "s", "s", style);
				sheet.append("><").append(p).append("v>").append(random.nextInt(3)).append("</").append(p).append("v>");
			}
			case 2 -> {
				attributes(random, sheet, "r", ref, "t", "inlineStr");
				sheet.append("><").append(p).append("is>");
				int runs = 1 + random.nextInt(3);
				for (int i = 0; i < runs; i++) {
					sheet.append('<')
						.append(p)
						.append("t>")
						.append(randomText(random))
						.append("</")
						.append(p)
						.append("t>");
				}
				if (random.nextInt(4) == 0) {
					sheet.append('<').append(p).append("rPh sb=\"0\" eb=\"1\"><").append(p).append("t>");
					sheet.append(randomText(random)).append("</").append(p).append("t></").append(p).append("rPh>");
				}
				sheet.append("</").append(p).append("is>");
			}
			case 3 -> {
				attributes(random, sheet, "t", "str", "r", ref);
				sheet.append("><")
					.append(p)
					.append("f>")
					.append(randomText(random))
					.append("</")
					.append(p)
					.append("f><");
				sheet.append(p).append("v>").append(randomText(random)).append("</").append(p).append("v>");
			}
			case 4 -> {
				attributes(random, sheet, "r", ref, "t", random.nextBoolean() ? "b" : "e");
				sheet.append("><").append(p).append("v>").append(random.nextInt(2)).append("</").append(p).append("v>");
			}
			default -> {
				attributes(random, sheet, "s", style, "r", ref, "t", random.nextBoolean() ? "n" : null);
				sheet.append("><").append(p).append("v>").append(random.nextInt(100_000) / 100.0);
				sheet.append(random.nextInt(5) == 0 ? "<!-- 注 -->" : "").append("</").append(p).append("v>");
			}
		}
		sheet.append("</").append(p).append("c>");
	}

	/**
	 * Attributes (name and value pairs; a null name or value is left out) in random order
	 * and quotes.
	 */
	private static void attributes(Random random, StringBuilder sheet, String... pairs) {
		List<String> written = new ArrayList<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i] != null && pairs[i + 1] != null) {
				char quote = random.nextBoolean() ? '"' : '\'';
				String value = pairs[i + 1];
				if (random.nextInt(10) == 0 && !value.isEmpty()) {
					value = "&#" + (int) value.charAt(0) + ";" + value.substring(1);
				}
				written.add(pairs[i] + (random.nextInt(5) == 0 ? " = " : "=") + quote + value + quote);
			}
		}
		Collections.shuffle(written, random);
		for (String attribute : written) {
			sheet.append(random.nextInt(6) == 0 ? "\n  " : " ").append(attribute);
		}
	}

	private static final String[] PIECES = { "成都市", "锦江区", "地区生产总值", "R", "D", " ", "  ", "&amp;", "&lt;", "&gt;",
			"&quot;", "&apos;", "&#x4E2D;", "&#20013;", "&#x1F600;", "𠀀", "\r\n", "\r", "\n", "\t",
			"<![CDATA[<亿元>&]]>", "<![CDATA[]]>", "<!-- 注 -->", "<?pi x?>", "1", "2140.3", "-0.5", "万元", "（亿元）", "é",
			"\u00A0", "]]&gt;", ">" };

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(6);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}

	private static String space(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> "\n";
			case 1 -> "\r\n  ";
			case 2 -> "<!-- 注释 -->";
			default -> "";
		};
	}

}
