package org.annals.ingest.internal.layout;

import org.annals.reference.Indicator;
import org.annals.reference.IndicatorCatalog.Unit;

/**
 * What the figures of one column (or row) are: an indicator in a year, written in a unit.
 *
 * @param indicator the indicator
 * @param year the year
 * @param written the unit the figures are written in, or null when unknown
 * @param canonical the indicator's canonical unit, or null for a provisional indicator
 * without a known unit
 */
record ColumnMeaning(Indicator indicator, int year, Unit written, Unit canonical) {

	String unitName() {
		if (this.canonical != null) {
			return this.canonical.name();
		}
		return (this.written != null) ? this.written.name() : this.indicator.unit();
	}

}
