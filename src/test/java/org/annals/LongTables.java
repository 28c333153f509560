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
 * A large long-format statistics table for tests that need a job running long enough to
 * be killed or stopped: every county of Sichuan whose name is unique in the country × ten
 * indicators × 150 years, one fact per row, with values whose sum is known.
 */
public final class LongTables {

	private static final String[] INDICATORS = { "地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "一般公共预算收入", "一般公共预算支出",
			"社会消费品零售总额", "常住人口", "城镇人口", "乡村人口" };

	private LongTables() {
	}

	/**
	 * Writes the table as UTF-8 CSV, settled.
	 * @param file the file (its folder is created)
	 * @return the number of rows, one fact each
	 * @throws IOException when it cannot be written
	 */
	public static long write(Path file) throws IOException {
		List<String> counties = uniqueSichuanCounties();
		Files.createDirectories(file.getParent());
		long rows = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("地区,指标,计量单位,年份,数值\n");
			for (int year = 1950; year < 2100; year++) {
				for (String county : counties) {
					for (String indicator : INDICATORS) {
						rows++;
						out.write(county + "," + indicator + ",," + year + "," + value(rows) + "\n");
					}
				}
			}
		}
		TestInboxes.settle(file);
		return rows;
	}

	/**
	 * The sum of the values of a table of so many rows.
	 * @param rows the rows
	 * @return the sum
	 */
	public static BigDecimal expectedSum(long rows) {
		BigDecimal sum = BigDecimal.ZERO;
		for (long row = 1; row <= rows; row++) {
			sum = sum.add(new BigDecimal(value(row)));
		}
		return sum;
	}

	private static String value(long row) {
		return (row % 1000) + "." + (row % 7);
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
			if (f[3].equals("county") && f[0].startsWith("51") && names.get(f[1]) == 1) {
				counties.add(f[1]);
			}
		}
		return counties;
	}

}
