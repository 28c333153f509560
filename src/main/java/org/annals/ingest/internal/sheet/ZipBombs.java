package org.annals.ingest.internal.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.support.Messages;

/**
 * Says which of POI's zip-bomb limits ({@code ZipSecureFile}) a file crossed, with the
 * part, its sizes and the limit, in Chinese and in English: POI's own message is one
 * English paragraph that advises a Java call, of no use to a department.
 */
final class ZipBombs {

	// POI's ZipArchiveThresholdInputStream: MIN_INFLATE_RATIO_MSG and MAX_ENTRY_SIZE_MSG
	private static final Pattern RATIO = Pattern.compile("Uncompressed size: (\\d+), Raw/compressed size: (\\d+), "
			+ "ratio: ([0-9.Ee-]+)\\s+Limits: MIN_INFLATE_RATIO: ([0-9.Ee-]+), Entry: (.+)");

	private static final Pattern SIZE = Pattern.compile(
			"Uncompressed size: (\\d+), Raw/compressed size: (\\d+)\\s+Limits: MAX_ENTRY_SIZE: (\\d+), Entry: (.+)");

	private ZipBombs() {
	}

	/**
	 * The rejection of a file that crossed a zip-bomb limit; its two arguments are the
	 * Chinese and the English account of what was crossed.
	 * @param message what POI said
	 * @return the rejection
	 */
	static RejectedFileException rejection(String message) {
		Matcher ratio = RATIO.matcher(message);
		if (ratio.find()) {
			String entry = ratio.group(5).trim();
			String unpacked = ratio.group(1);
			String packed = ratio.group(2);
			String actual = percent(ratio.group(3));
			String limit = percent(ratio.group(4));
			return new RejectedFileException("ZIP_BOMB", message,
					Messages.get(false, "ingest.zip.ratio", entry, packed, unpacked, actual, limit),
					Messages.get(true, "ingest.zip.ratio", entry, packed, unpacked, actual, limit));
		}
		Matcher size = SIZE.matcher(message);
		if (size.find()) {
			String entry = size.group(4).trim();
			return new RejectedFileException("ZIP_BOMB", message,
					Messages.get(false, "ingest.zip.entrySize", entry, size.group(1), size.group(3)),
					Messages.get(true, "ingest.zip.entrySize", entry, size.group(1), size.group(3)));
		}
		if (message.contains("max text size") || message.contains("MAX_TEXT_SIZE")) {
			return new RejectedFileException("ZIP_BOMB", message, Messages.get(false, "ingest.zip.textSize"),
					Messages.get(true, "ingest.zip.textSize"));
		}
		String shown = (message.length() > 300) ? message.substring(0, 300) + "…" : message;
		return new RejectedFileException("ZIP_BOMB", message, shown, shown);
	}

	/** A ratio such as 0.000977 as a percentage a person reads: 0.0977%. */
	private static String percent(String ratio) {
		BigDecimal value = new BigDecimal(ratio).movePointRight(2);
		BigDecimal shown = (value.compareTo(BigDecimal.ONE) >= 0) ? value.setScale(2, RoundingMode.HALF_UP)
				: value.round(new java.math.MathContext(3, RoundingMode.HALF_UP));
		return shown.stripTrailingZeros().toPlainString() + "%";
	}

}
