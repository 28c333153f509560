package org.annals.bench.baseline.job;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline a team would write first: a Spring Boot 2.7 / Spring Batch 4.3 application
 * whose one job streams the long-format xlsx named by the job parameter {@code file} through
 * spring-batch-excel's {@code StreamingXlsxItemReader} into {@code JdbcBatchItemWriter},
 * 1000 rows a chunk, with its job repository in the same PostgreSQL database. The exit code
 * is the job's (0 completed, 1 failed), as in Spring Boot's batch sample.
 */
@SpringBootApplication
public class BaselineJobApplication {

	public static void main(String[] args) {
		// fastexcel-reader (for the parse floor) brings Aalto onto the classpath, and StAX
		// would pick it up by service lookup; pin the JDK's parser, the one the product uses
		System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
		System.exit(SpringApplication.exit(SpringApplication.run(BaselineJobApplication.class, args)));
	}

}
