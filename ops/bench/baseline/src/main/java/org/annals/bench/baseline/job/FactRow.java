package org.annals.bench.baseline.job;

import java.math.BigDecimal;

/** One row of a long-format sheet: 地区, 指标, 计量单位, 年份, 数值. */
public class FactRow {

	private final String region;

	private final String indicator;

	private final String unit;

	private final int year;

	private final BigDecimal value;

	FactRow(String region, String indicator, String unit, int year, BigDecimal value) {
		this.region = region;
		this.indicator = indicator;
		this.unit = unit;
		this.year = year;
		this.value = value;
	}

	public String getRegion() {
		return this.region;
	}

	public String getIndicator() {
		return this.indicator;
	}

	public String getUnit() {
		return this.unit;
	}

	public int getYear() {
		return this.year;
	}

	public BigDecimal getValue() {
		return this.value;
	}

}
