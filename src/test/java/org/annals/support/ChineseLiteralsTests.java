package org.annals.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words people read live in the message bundles (issue 21): no string or char literal in
 * {@code src/main/java} holds Chinese, except in the files below, each with its reason.
 * Comments and Javadoc may.
 */
class ChineseLiteralsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/**
	 * Files whose Chinese literals are not words for people but what the code reads in
	 * what departments send, or writes into a yearbook as its own vocabulary.
	 */
	private static final Map<String, String> VOCABULARY = Map.ofEntries(
			Map.entry("org/annals/ingest/internal/normalize/DateForm.java",
					"the dates of event logs: 年/月/日, 旬, 季度, 半年, 至"),
			Map.entry("org/annals/ingest/internal/normalize/EventDates.java", "the dates of event logs: 日"),
			Map.entry("org/annals/ingest/internal/normalize/Years.java",
					"years in titles, sheet and file names: 年, 年度, 年末, 至"),
			Map.entry("org/annals/ingest/internal/layout/ColumnResolver.java", "column headings: 位次, 增长, 合计, 单位:"),
			Map.entry("org/annals/ingest/internal/layout/RegionLabel.java", "row labels: 全省, 合计, 小计, 资料来源, 注"),
			Map.entry("org/annals/ingest/internal/layout/LayoutDetector.java", "titles and unit lines: 年, 表, 指标, 单位:"),
			Map.entry("org/annals/ingest/internal/layout/SheetContext.java", "region names in titles: 市"),
			Map.entry("org/annals/ingest/internal/events/EventLayouts.java",
					"column headings of event logs: 日期, 单位, 事项, 内容"),
			Map.entry("org/annals/reference/RegionGazetteer.java", "region name suffixes: 州, 自治州"),
			Map.entry("org/annals/reference/IndicatorCatalog.java", "row labels of totals and parts: 合计, 其中:"),
			Map.entry("org/annals/ingest/internal/layout/LongInterpreter.java",
					"column headings of long tables: 地区, 指标, 年份, 数值"),
			Map.entry("org/annals/ingest/internal/layout/IndicatorRowsInterpreter.java", "row labels of parts: 其中:"),
			Map.entry("org/annals/ingest/internal/layout/TransposedInterpreter.java", "year headings: 2022年"),
			Map.entry("org/annals/ingest/internal/events/EventParagraphInterpreter.java",
					"month headings of event documents: 一月, 一月份"),
			Map.entry("org/annals/chronicle/internal/WordChronicle.java",
					"the fonts of the chronicle document: 宋体, 黑体"),
			Map.entry("org/annals/web/internal/ConsoleController.java",
					"the default department of the template download: a folder name (data), not wording"),
			Map.entry("org/annals/ingest/TemplateWorkbook.java",
					"the template's sheet names, header words and region rows, which ingest reads back: 填报, 地区, 全市"),
			Map.entry("org/annals/tables/internal/TableXlsxStyles.java", "the fonts of a yearbook table: 宋体, 黑体"));

	/**
	 * Files not yet moved to the bundles (issue 21): none left. Should a move ever be
	 * landed in parts, the files still to do are named here, never in VOCABULARY.
	 */
	private static final Set<String> NOT_YET_MOVED = Set.of();

	@Test
	void noChineseStringLiteralOutsideTheBundles() throws IOException {
		List<String> offending = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
				String name = SOURCES.relativize(file).toString().replace('\\', '/');
				if (VOCABULARY.containsKey(name) || NOT_YET_MOVED.contains(name)) {
					continue;
				}
				for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
					if (hasChinese(literal.text())) {
						offending.add(SOURCES.resolve(name) + ":" + literal.line() + "  " + literal.text());
					}
				}
			}
		}
		assertThat(offending)
			.as("Chinese literals outside the message bundles; move them to "
					+ "messages.properties and messages_en.properties, or name the file in VOCABULARY with why")
			.isEmpty();
	}

	@Test
	void theAllowListNamesFilesThatExistAndHoldChinese() throws IOException {
		for (String name : VOCABULARY.keySet()) {
			assertThat(SOURCES.resolve(name)).as("allow-listed").exists();
		}
		for (String name : NOT_YET_MOVED) {
			Path file = SOURCES.resolve(name);
			assertThat(file).exists();
			assertThat(literals(Files.readString(file, StandardCharsets.UTF_8))).as(name + " is done: remove it")
				.anyMatch((literal) -> hasChinese(literal.text()));
		}
	}

	@Test
	void theScannerFindsLiteralsAndSkipsComments() {
		String source = """
				// "注释"
				/* "注释" */
				/** "文档" */
				class A {
					String a = "汉字";
					char b = '年';
					String c = "a\\"b";
					String d = \"""
						多行
						\""";
				}
				""";
		assertThat(literals(source)).extracting(Literal::line).containsExactly(5, 6, 7, 8);
		assertThat(literals(source)).filteredOn((literal) -> hasChinese(literal.text()))
			.extracting(Literal::line)
			.containsExactly(5, 6, 8);
	}

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		Properties chinese = bundle("messages.properties");
		Properties english = bundle("messages_en.properties");
		assertThat(new TreeMap<>(english).keySet()).containsExactlyElementsOf(new TreeMap<>(chinese).keySet());
		chinese.forEach((key, value) -> assertThat((String) value).as(key.toString()).isNotBlank());
		// the link to the Chinese pages names the language in its own words
		english.forEach((key, value) -> assertThat(hasChinese((String) value) && !key.equals("nav.chinese"))
			.as("English " + key)
			.isFalse());
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ChineseLiteralsTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static boolean hasChinese(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** The string, text block and char literals of a Java source, with their lines. */
	static List<Literal> literals(String source) {
		List<Literal> literals = new ArrayList<>();
		int line = 1;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			int end;
			if (c == '\n') {
				line++;
				i++;
				continue;
			}
			if (source.startsWith("//", i)) {
				end = source.indexOf('\n', i);
				end = (end < 0) ? source.length() : end;
			}
			else if (source.startsWith("/*", i)) {
				end = source.indexOf("*/", i + 2);
				end = (end < 0) ? source.length() : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				end = closing(source, i + 3, "\"\"\"") + 3;
				literals.add(new Literal(line, source.substring(i, end)));
			}
			else if (c == '"' || c == '\'') {
				end = closing(source, i + 1, String.valueOf(c)) + 1;
				literals.add(new Literal(line, source.substring(i, end)));
			}
			else {
				i++;
				continue;
			}
			line += (int) source.substring(i, end).chars().filter((ch) -> ch == '\n').count();
			i = end;
		}
		return literals;
	}

	private static int closing(String source, int from, String quote) {
		int i = from;
		while (i < source.length() && !source.startsWith(quote, i)) {
			i += (source.charAt(i) == '\\') ? 2 : 1;
		}
		return Math.min(i, source.length());
	}

	record Literal(int line, String text) {
	}

}
