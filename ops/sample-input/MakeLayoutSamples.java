import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sample-input files 14–17 (the layouts of issue 20: indicator rows with year columns,
 * a long table headed by its year with part rows, a legacy xls with merged headers and total
 * columns, a county table of 2014 under that year's names). Run by ops/sample-input/make; the
 * figures are invented but plausible, and each file's expected facts are listed in
 * sample-input/README.md. Apache POI (the project's own dependency) writes the workbooks.
 */
public class MakeLayoutSamples {

	public static void main(String[] args) throws IOException {
		Path inbox = Path.of(args.length > 0 ? args[0] : "sample-input");
		indicatorRows(inbox.resolve("省统计局/四川省主要经济指标（2019—2021年）.xlsx"));
		censusParts(inbox.resolve("省统计局/第七次全国人口普查主要数据（2020年）.csv"));
		debtWithTotals(inbox.resolve("省财政厅/2021年地方政府债务限额及余额.xls"));
		counties2014(inbox.resolve("成都市地方志办公室/2014年成都市各区（市）县地区生产总值.xlsx"));
	}

	/** 14: no region column (the title names the province), indicators down, years across. */
	static void indicatorRows(Path file) throws IOException {
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("主要经济指标");
			row(sheet, 0, "四川省主要经济指标（2019—2021年）");
			merge(sheet, "A1:E1");
			row(sheet, 2, "指标", "计量单位", "2019年", "2020年", "2021年");
			row(sheet, 3, "地区生产总值比上年增长", "%", 7.4, 3.8, 8.2);
			row(sheet, 4, "城镇居民人均可支配收入", "元", 36154, 38253, 41444);
			row(sheet, 5, "农村居民人均可支配收入", "元", 14670, 15929, 17575);
			row(sheet, 6, "一般公共预算支出", "亿元", 10348.2, 11200.7, 11215.6);
			row(sheet, 7, "注：地区生产总值增长按可比价格计算。");
			row(sheet, 8, "资料来源：四川省统计局");
			write(wb, file);
		}
	}

	/** 15: a long table whose value column is headed by its year; #/其中 rows name parts. */
	static void censusParts(Path file) throws IOException {
		String csv = String.join("\n", "地区,指标,计量单位,2020年",
				"全省,常住人口,万人,8367.5",
				",#城镇人口,万人,4746.6",
				",#乡村人口,万人,3620.9",
				"成都市,常住人口,万人,2093.8",
				",其中：城镇人口,万人,1648.9",
				",乡村人口,万人,444.9",
				"雅安市,常住人口,万人,143.5",
				",#城镇人口,万人,69.2",
				",#乡村人口,万人,74.3", "");
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	/** 16: legacy xls, 地区 merged over two header rows, 合计 columns under group headers. */
	static void debtWithTotals(Path file) throws IOException {
		String[] cities = { "成都市", "自贡市", "攀枝花市", "泸州市", "德阳市", "绵阳市", "广元市", "遂宁市", "内江市",
				"乐山市", "南充市", "眉山市", "宜宾市", "广安市", "达州市", "雅安市", "巴中市", "资阳市", "阿坝州", "甘孜州",
				"凉山州" };
		// general and special debt limits in tenths of 亿元, invented, ordered like cities' sizes
		int[] general = { 18052, 2104, 1689, 2877, 2563, 3218, 2204, 1895, 1987, 2366, 3304, 1802, 2790, 1911, 3122,
				1488, 1976, 1205, 1873, 2411, 3087 };
		int[] special = { 42115, 3488, 2216, 5390, 4710, 5972, 3195, 3677, 3264, 4402, 6025, 3790, 5612, 3381, 5208,
				2205, 2817, 2590, 1390, 1512, 3946 };
		try (Workbook wb = new HSSFWorkbook()) {
			Sheet sheet = wb.createSheet("债务");
			row(sheet, 0, "2021年全省地方政府债务限额及余额");
			merge(sheet, "A1:G1");
			row(sheet, 1, "单位：亿元");
			row(sheet, 2, "地区", "债务限额", null, null, "债务余额", null, null);
			row(sheet, 3, null, "合计", "一般债务", "专项债务", "合计", "一般债务", "专项债务");
			merge(sheet, "A3:A4", "B3:D3", "E3:G3");
			int[] province = new int[6];
			List<Object[]> rows = new ArrayList<>();
			for (int i = 0; i < cities.length; i++) {
				int gBalance = general[i] * 19 / 20;
				int sBalance = special[i] * 19 / 20;
				int[] v = { general[i] + special[i], general[i], special[i], gBalance + sBalance, gBalance, sBalance };
				for (int k = 0; k < 6; k++) {
					province[k] += v[k];
				}
				rows.add(new Object[] { cities[i], tenths(v[0]), tenths(v[1]), tenths(v[2]), tenths(v[3]),
						tenths(v[4]), tenths(v[5]) });
			}
			row(sheet, 4, "全省", tenths(province[0]), tenths(province[1]), tenths(province[2]), tenths(province[3]),
					tenths(province[4]), tenths(province[5]));
			for (int i = 0; i < rows.size(); i++) {
				row(sheet, 5 + i, rows.get(i));
			}
			row(sheet, 5 + rows.size(), "注：债务限额合计 = 一般债务限额 + 专项债务限额。");
			write(wb, file);
		}
	}

	/** 17: Chengdu's districts and counties of 2014, under the names they had then. */
	static void counties2014(Path file) throws IOException {
		Map<String, Integer> gdp = new LinkedHashMap<>(); // tenths of 亿元, invented
		gdp.put("锦江区", 7912);
		gdp.put("青羊区", 8214);
		gdp.put("金牛区", 8935);
		gdp.put("武侯区", 7873);
		gdp.put("成华区", 6019);
		gdp.put("龙泉驿区", 8674);
		gdp.put("青白江区", 3462);
		gdp.put("新都区", 5358);
		gdp.put("温江区", 3675);
		gdp.put("金堂县", 3015);
		gdp.put("双流县", 8527);
		gdp.put("郫县", 4193);
		gdp.put("大邑县", 1986);
		gdp.put("蒲江县", 1224);
		gdp.put("新津县", 2526);
		gdp.put("都江堰市", 3016);
		gdp.put("彭州市", 3659);
		gdp.put("邛崃市", 2631);
		gdp.put("崇州市", 2724);
		int total = gdp.values().stream().mapToInt(Integer::intValue).sum();
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("2014年");
			row(sheet, 0, "2014年成都市各区（市）县地区生产总值");
			merge(sheet, "A1:B1");
			row(sheet, 1, null, "单位：亿元");
			row(sheet, 2, "地区", "地区生产总值");
			row(sheet, 3, "全市合计", tenths(total));
			int r = 4;
			for (Map.Entry<String, Integer> e : gdp.entrySet()) {
				row(sheet, r++, e.getKey(), tenths(e.getValue()));
			}
			write(wb, file);
		}
	}

	private static double tenths(int tenths) {
		return BigDecimal.valueOf(tenths, 1).doubleValue();
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number n) {
				row.createCell(i).setCellValue(n.doubleValue());
			}
			else if (values[i] != null) {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

	private static void merge(Sheet sheet, String... ranges) {
		for (String range : ranges) {
			sheet.addMergedRegion(CellRangeAddress.valueOf(range));
		}
	}

	private static void write(Workbook wb, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			wb.write(out);
		}
	}

}
