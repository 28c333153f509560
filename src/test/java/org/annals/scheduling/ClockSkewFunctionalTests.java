package org.annals.scheduling;

import java.nio.file.Path;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #29: {@code annals serve} under {@code faketime} 30 s ahead of the database
 * refuses to join the cluster: exit code 3, a message saying why and what to do, and no
 * check-in in Quartz's table.
 */
class ClockSkewFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aNodeWhoseClockRunsThirtySecondsAheadRefusesToJoin() throws Exception {
		JdbcTemplate jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(jdbc, "qrtz_scheduler_state");

		AnnalsProcess.Result result = AnnalsProcess.on(this.work, PostgresTestSupport.DB_URL)
			.under("faketime", "-f", "+30s")
			.run("serve", "--server.port=0", "--spring.quartz.properties.org.quartz.scheduler.instanceId=skewed");

		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
		assertThat(result.err()).contains("本机时钟比数据库快").contains("不加入调度集群").contains("NTP");
		assertThat(jdbc.queryForObject("select count(*) from qrtz_scheduler_state where instance_name = 'skewed'",
				Integer.class))
			.isZero();
	}

}
