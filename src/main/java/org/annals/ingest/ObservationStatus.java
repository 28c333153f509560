package org.annals.ingest;

import java.util.List;

/**
 * How the status of a figure is written in the open formats. The codes are SDMX's
 * cross-domain code lists, so that any SDMX tool reads them: {@code OBS_STATUS} from
 * CL_OBS_STATUS ({@code A} normal, {@code P} provisional, {@code O} missing value,
 * {@code L} missing, data exist but were not collected) and {@code CONF_STATUS} from
 * CL_CONF_STATUS ({@code F} free, {@code C} confidential). JSON-stat takes the same
 * letters for its {@code status}, {@code C} standing for confidential; a normal figure
 * has none.
 */
public final class ObservationStatus {

	/** Every JSON-stat status letter written, each explained in the dataset. */
	public static final List<String> JSON_STAT_CODES = List.of("P", "O", "L", "C");

	private ObservationStatus() {
	}

	/**
	 * The SDMX observation status of an Annals status.
	 * @param status empty, na, provisional, confidential or missing
	 * @return the CL_OBS_STATUS code
	 */
	public static String obsStatus(String status) {
		return switch (status) {
			case "provisional" -> "P";
			case "na" -> "O";
			case "missing" -> "L";
			default -> "A";
		};
	}

	/**
	 * The SDMX confidentiality status of an Annals status.
	 * @param status the status
	 * @return the CL_CONF_STATUS code
	 */
	public static String confStatus(String status) {
		return "confidential".equals(status) ? "C" : "F";
	}

	/**
	 * The JSON-stat status of an Annals status.
	 * @param status the status
	 * @return the letter, or null for a normal figure
	 */
	public static String jsonStat(String status) {
		if ("confidential".equals(status)) {
			return "C";
		}
		String code = obsStatus(status);
		return "A".equals(code) ? null : code;
	}

}
