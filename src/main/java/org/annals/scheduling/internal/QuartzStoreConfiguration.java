package org.annals.scheduling.internal;

import java.util.Properties;

import javax.sql.DataSource;

import org.annals.support.Databases;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz's JDBC job store speaks the database's dialect in every context, not only under
 * {@code annals serve}: the console reads the stored triggers even where the scheduler
 * does not run, and the generic delegate cannot read PostgreSQL's {@code bytea} job data
 * ("Bad value for type long").
 */
@Configuration(proxyBeanMethods = false)
class QuartzStoreConfiguration {

	private static final Log logger = LogFactory.getLog(QuartzStoreConfiguration.class);

	@Bean
	SchedulerFactoryBeanCustomizer annalsJobStore(DataSource dataSource, ObjectProvider<QuartzProperties> quartz) {
		// applied only where Quartz is configured, which the command line leaves out
		return (factory) -> {
			Properties properties = new Properties();
			properties.putAll(quartz.getObject().getProperties());
			String delegate = Databases.isPostgres(dataSource) ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
					: "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
			properties.put("org.quartz.jobStore.driverDelegateClass", delegate);
			// operators check it in the log (RELIABILITY #21)
			logger.info("Quartz job store delegate: " + delegate);
			factory.setQuartzProperties(properties);
		};
	}

}
