package org.annals.chronicle.internal;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.DatePrecision;
import org.annals.support.Messages;

/**
 * The month heading an entry stands under in a printed chronicle.
 */
public final class ChronicleSections {

	private ChronicleSections() {
	}

	/**
	 * The month heading of an entry: the month of its sort date; 全年 for a year. The
	 * chronicle is a Chinese yearbook's: its headings are Chinese whatever --lang.
	 * @param entry the entry
	 * @return the heading
	 */
	public static String month(ChronicleEntry entry) {
		if (entry.precision() == DatePrecision.YEAR) {
			return Messages.get(Messages.CHINESE, "chronicle.wholeYear");
		}
		return Messages.get(Messages.CHINESE, "chronicle.month." + ChronicleCompiler.sortDate(entry).getMonthValue());
	}

}
