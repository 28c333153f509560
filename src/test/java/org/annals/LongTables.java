package org.annals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a long statistics table (地区, 指标, 计量单位, 年份, 数值) of as many rows as a test needs,
 * each a distinct fact: Sichuan's counties (names unique in the country) × ten catalogue
 * indicators × the years 1950–2099, then further blocks of ten provisional indicators
 * ({@code 试算指标001}…). Row {@code i} has the value {@link #value(long)}.
 */
public final class LongTables {

	private static final String[] INDICATORS = { "地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "一般公共预算收入", "一般公共预算支出",
			"社会消费品零售总额", "常住人口", "城镇人口", "乡村人口" };

	private LongTables() {
	}

	/**
	 * The rows of one block of ten indicators: every county, every year.
	 * @return the rows
	 * @throws IOException when the gazetteer cannot be read
	 */
	public static long block() throws IOException {
		return uniqueSichuanCounties().size() * 10L * 150;
	}

	/**
	 * Writes a UTF-8 CSV of that many rows and settles it.
	 * @param file the file
	 * @param rows how many rows
	 * @return the rows written
	 * @throws IOException when it cannot be written
	 */
	public static long write(Path file, long rows) throws IOException {
		List<String> counties = uniqueSichuanCounties();
		Files.createDirectories(file.getParent());
		long row = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("地区,指标,计量单位,年份,数值\n");
			for (int block = 0; row < rows; block++) {
				for (int year = 1950; year < 2100 && row < rows; year++) {
					for (int c = 0; c < counties.size() && row < rows; c++) {
						for (int i = 0; i < 10 && row < rows; i++) {
							row++;
							String indicator = (block == 0) ? INDICATORS[i]
									: String.format("试算指标%03d", (block - 1) * 10 + i + 1);
							out.write(counties.get(c) + "," + indicator + ",," + year + "," + value(row) + "\n");
						}
					}
				}
			}
		}
		TestInboxes.settle(file);
		return row;
	}

	/**
	 * The value of a row.
	 * @param row the row, from 1
	 * @return its value as written
	 */
	public static String value(long row) {
		return (row % 1000) + "." + (row % 7);
	}

	/**
	 * The sum of the values of the first rows.
	 * @param rows how many rows
	 * @return their sum
	 */
	public static BigDecimal sum(long rows) {
		BigDecimal sum = BigDecimal.ZERO;
		for (long row = 1; row <= rows; row++) {
			sum = sum.add(new BigDecimal(value(row)));
		}
		return sum;
	}

	private static List<String> uniqueSichuanCounties() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("jobs/reference/regions.csv"), StandardCharsets.UTF_8);
		Map<String, Integer> names = new HashMap<>();
		for (String line : lines) {
			String[] f = line.split(",", -1);
			names.merge(f[1], 1, Integer::sum);
			names.merge(f[2], 1, Integer::sum);
		}
		List<String> counties = new ArrayList<>();
		for (String line : lines) {
			String[] f = line.split(",", -1);
			// a county in use whose name no other division had, now or before (issue 20)
			boolean inUse = f.length < 7 || f[6].isEmpty();
			if (f[3].equals("county") && f[0].startsWith("51") && inUse && names.get(f[1]) == 1) {
				counties.add(f[1]);
			}
		}
		return counties;
	}

}
