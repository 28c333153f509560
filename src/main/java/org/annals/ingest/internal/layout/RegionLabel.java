package org.annals.ingest.internal.layout;

import java.util.Set;

import org.annals.reference.Region;
import org.annals.support.Text;

/**
 * What the label of a data row is: a region, a total that stands for one, a subtotal that
 * is not a region, the start of the notes under a table, or unknown.
 *
 * @param kind the kind of label
 * @param region the region, for a region or a total
 */
record RegionLabel(Kind kind, Region region) {

	private static final Set<String> PROVINCE_TOTALS = Set.of("全省", "全省合计", "全省总计", "全省(区、市)");

	private static final Set<String> SCOPE_TOTALS = Set.of("合计", "总计", "全市", "全市合计", "全州", "全州合计", "全市(州)", "全市(州)合计",
			"全县", "全区");

	enum Kind {

		REGION, TOTAL, SUBTOTAL, NOTE, EMPTY, UNKNOWN

	}

	static RegionLabel classify(String written, SheetContext context) {
		String f = Text.fold(written);
		if (f.isEmpty()) {
			return new RegionLabel(Kind.EMPTY, null);
		}
		if (isNote(f)) {
			return new RegionLabel(Kind.NOTE, null);
		}
		if (PROVINCE_TOTALS.contains(f)) {
			return new RegionLabel(Kind.TOTAL, context.reference().regions().province());
		}
		if (SCOPE_TOTALS.contains(f)) {
			return new RegionLabel(Kind.TOTAL, context.scope());
		}
		if (f.contains("小计") || f.endsWith("本级") || f.startsWith("其中")) {
			return new RegionLabel(Kind.SUBTOTAL, null);
		}
		return context.reference()
			.regions()
			.resolve(f, context.scope(), context.year())
			.map((r) -> new RegionLabel(Kind.REGION, r))
			.orElseGet(() -> new RegionLabel(Kind.UNKNOWN, null));
	}

	/**
	 * Whether a label is a total that names no region of its own ({@code 合计},
	 * {@code 全市}), standing for the sheet's scope.
	 * @param written the label
	 * @return whether it is one
	 */
	static boolean isScopeTotal(String written) {
		return SCOPE_TOTALS.contains(Text.fold(written));
	}

	static boolean isNote(String folded) {
		if (folded.startsWith("资料来源") || folded.startsWith("数据来源") || folded.startsWith("说明:")
				|| folded.startsWith("备注") || folded.startsWith("填表说明") || folded.startsWith("来源:")) {
			return true;
		}
		if (folded.startsWith("注")) {
			return folded.length() == 1 || ":：1.、(".indexOf(folded.charAt(1)) >= 0;
		}
		return false;
	}

	boolean isRegion() {
		return this.kind == Kind.REGION || this.kind == Kind.TOTAL;
	}

}
