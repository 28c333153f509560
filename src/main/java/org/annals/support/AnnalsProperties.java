package org.annals.support;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Annals keeps its data and finds what the office edits.
 *
 * @param home the data directory: originals, reports, the embedded database (default
 * {@code ./data}, or {@code ANNALS_HOME})
 * @param jobs the directory of office-edited descriptors; when it does not exist the copy
 * packaged in the jar is used (default {@code ./jobs})
 * @param lang the language of messages for people: {@code zh} (default) or {@code en}
 */
@ConfigurationProperties("annals")
public record AnnalsProperties(Path home, Path jobs, String lang) {

	public AnnalsProperties {
		home = (home != null) ? home : Path.of("data");
		jobs = (jobs != null) ? jobs : Path.of("jobs");
		lang = (lang != null) ? lang : "zh";
	}

	/**
	 * Whether people should read English rather than Chinese.
	 * @return true for English
	 */
	public boolean english() {
		return "en".equalsIgnoreCase(this.lang);
	}

}
