package org.annals.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ingest jobs, bound to {@code annals.ingest}.
 *
 * @param settle how long a file must stay unchanged in the inbox before it is taken
 * (default 5 seconds)
 * @param chunkSize rows read per transaction at most (default 20 000); rows that give
 * many facts each (a wide table's) fill a transaction sooner, at about as many facts
 * @param threads files read at once, and stored at once when received (default 2)
 */
@ConfigurationProperties("annals.ingest")
public record IngestProperties(Duration settle, Integer chunkSize, Integer threads) {

	public IngestProperties {
		settle = (settle != null) ? settle : Duration.ofSeconds(5);
		chunkSize = (chunkSize != null) ? chunkSize : 20_000;
		threads = (threads != null) ? threads : 2;
	}

}
