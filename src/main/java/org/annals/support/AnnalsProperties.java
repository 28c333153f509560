package org.annals.support;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Annals keeps its data and how it speaks to people, bound to {@code annals}.
 *
 * @param home the data directory: originals, reports, compiled output, snapshots, logs
 * and the embedded database (or {@code ANNALS_HOME})
 * @param lang the language of messages for people: {@code zh} or {@code en} (the command
 * line's {@code --lang})
 * @param progress whether long steps print the rows read so far on standard error, every
 * two seconds (the command line turns it on)
 */
@ConfigurationProperties("annals")
public record AnnalsProperties(@DefaultValue("data") Path home, @DefaultValue("zh") String lang,
		@DefaultValue("false") boolean progress) {

	/**
	 * Whether people should read English rather than Chinese.
	 * @return true for English
	 */
	public boolean english() {
		return "en".equalsIgnoreCase(this.lang);
	}

}
