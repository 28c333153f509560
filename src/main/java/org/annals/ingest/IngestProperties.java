package org.annals.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ingest jobs, bound to {@code annals.ingest}.
 *
 * @param settle how long a file must stay unchanged in the inbox before it is taken
 * (default 5 seconds)
 * @param chunkSize rows read per transaction (default 5000)
 * @param threads files read at once, and stored at once when received (default 2)
 */
@ConfigurationProperties("annals.ingest")
public record IngestProperties(Duration settle, Integer chunkSize, Integer threads) {

	public IngestProperties {
		settle = (settle != null) ? settle : Duration.ofSeconds(5);
		chunkSize = (chunkSize != null) ? chunkSize : 5000;
		threads = (threads != null) ? threads : 2;
	}

}
