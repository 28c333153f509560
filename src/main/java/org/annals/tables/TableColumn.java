package org.annals.tables;

/**
 * One column of a compiled table.
 *
 * @param group the group header over it (an indicator, e.g. 地区生产总值), or null when the
 * column stands alone under a two-row header
 * @param header the column header, e.g. 2022年
 * @param indicatorCode the indicator whose figures it shows
 * @param value {@code current}, {@code previous} or {@code growth}
 * @param decimals decimals printed
 */
public record TableColumn(String group, String header, String indicatorCode, String value, int decimals) {
}
