package org.annals;

import org.annals.cli.AnnalsCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Annals (年鉴与大事记数据流水线): the batch pipeline of a provincial local-chronicles office. The
 * command line ({@link AnnalsCli}) is the entry point.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnnalsApplication {

	public static void main(String[] args) {
		System.exit(AnnalsCli.runAsProcess(AnnalsApplication.class, args));
	}

}
