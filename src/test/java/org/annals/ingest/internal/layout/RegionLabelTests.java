package org.annals.ingest.internal.layout;

import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.province;
import static org.annals.ingest.internal.layout.Sheets.scoped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RegionLabel}: what the label of a data row is.
 */
class RegionLabelTests {

	private static String classify(String written, SheetContext context) {
		RegionLabel label = RegionLabel.classify(written, context);
		return label.kind() + ((label.region() != null) ? " " + label.region().code() : "");
	}

	private static String inProvince(String written) {
		return classify(written, province("表.xlsx", "Sheet1"));
	}

	@Test
	void readsTheProvinceTotal() {
		assertThat(inProvince("全省")).isEqualTo("TOTAL 510000");
		assertThat(inProvince("全省合计")).isEqualTo("TOTAL 510000");
	}

	@Test
	void readsFullAndShortNamesPaddedWithAsciiAndIdeographicSpaces() {
		assertThat(inProvince("成都市")).isEqualTo("REGION 510100");
		assertThat(inProvince("  成都 ")).isEqualTo("REGION 510100");
		assertThat(inProvince("\u3000\u3000自贡市")).isEqualTo("REGION 510300");
		assertThat(inProvince("阿坝藏族羌族自治州")).isEqualTo("REGION 513200");
		assertThat(inProvince("阿坝州")).isEqualTo("REGION 513200");
		assertThat(inProvince("甘孜")).isEqualTo("REGION 513300");
		assertThat(inProvince("凉山州")).isEqualTo("REGION 513400");
	}

	@Test
	void readsACityTotalAsTheCityTheTableIsAbout() {
		assertThat(classify("全市合计", scoped("510100", "表.xlsx", "Sheet1"))).isEqualTo("TOTAL 510100");
		assertThat(classify("全州", scoped("513400", "表.xlsx", "Sheet1"))).isEqualTo("TOTAL 513400");
	}

	@Test
	void readsSubtotalsAsNoRegion() {
		assertThat(inProvince("市辖区小计")).isEqualTo("SUBTOTAL");
		assertThat(inProvince("县（市）小计")).isEqualTo("SUBTOTAL");
		assertThat(inProvince("省本级")).isEqualTo("SUBTOTAL");
		assertThat(inProvince("其中：成都市")).isEqualTo("SUBTOTAL");
	}

	@Test
	void readsNotesAndSources() {
		assertThat(inProvince("注：全省数据含省本级。")).isEqualTo("NOTE");
		assertThat(inProvince("注1. 按常住人口计算")).isEqualTo("NOTE");
		assertThat(inProvince("资料来源：四川省统计局")).isEqualTo("NOTE");
		assertThat(inProvince("数据来源：四川省财政厅")).isEqualTo("NOTE");
	}

	@Test
	void readsUnknownAndEmptyLabels() {
		assertThat(inProvince("成督市")).isEqualTo("UNKNOWN");
		assertThat(inProvince("")).isEqualTo("EMPTY");
		assertThat(inProvince("\u3000 ")).isEqualTo("EMPTY");
	}

	@Test
	void resolvesANameSharedByTwoCitiesOnlyInsideTheCityInScope() {
		assertThat(classify("市中区", scoped("511100", "表.xlsx", "Sheet1"))).isEqualTo("REGION 511102");
		assertThat(classify("市中区", scoped("511000", "表.xlsx", "Sheet1"))).isEqualTo("REGION 511002");
		assertThat(inProvince("市中区")).isEqualTo("UNKNOWN");
	}

}
