package org.annals.ingest.internal.load;

import java.math.BigDecimal;

import org.annals.PostgresTestSupport;
import org.annals.ingest.internal.staging.StagedFact;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels of a submission's facts on PostgreSQL: numbered in the order they first appear,
 * written with the chunk that added them, forgotten when that chunk rolls back, and taken
 * up again from the database by a reading that restarts.
 */
class FactLabelsIntegrationTests extends PostgresTestSupport {

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aChunkThatRollsBackLeavesNoLabelBehindInTheDatabaseOrInMemory() {
		TransactionTemplate chunk = new TransactionTemplate(this.transactions);
		FactLabels labels = FactLabels.of(this.jdbc, 7);
		chunk.executeWithoutResult((status) -> {
			assertThat(labels.idOf(fact("表1", "地区生产总值", "亿元"))).isEqualTo(1);
			assertThat(labels.idOf(fact("表1", "地区生产总值", "亿元"))).isEqualTo(1);
			assertThat(labels.idOf(fact("表1", "常住人口", "万人"))).isEqualTo(2);
			labels.writeAdded(this.jdbc);
		});
		chunk.executeWithoutResult((status) -> {
			assertThat(labels.idOf(fact("表2", "地区生产总值", "亿元"))).isEqualTo(3);
			labels.writeAdded(this.jdbc);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForList("select sheet || indicator_name || label_id from ingest_fact_label "
				+ "where submission_id = 7 order by label_id", String.class))
			.containsExactly("表1地区生产总值1", "表1常住人口2");
		chunk.executeWithoutResult((status) -> {
			assertThat(labels.idOf(fact("表2", "常住人口", "万人"))).isEqualTo(3);
			labels.writeAdded(this.jdbc);
		});
		FactLabels restarted = FactLabels.of(this.jdbc, 7);
		assertThat(restarted.idOf(fact("表2", "常住人口", "万人"))).isEqualTo(3);
		assertThat(restarted.idOf(fact("表1", "常住人口", "万人"))).isEqualTo(2);
		assertThat(restarted.idOf(fact("表2", "地区生产总值", "亿元"))).isEqualTo(4);
	}

	@Test
	void aMissingUnitIsALabelOfItsOwn() {
		FactLabels labels = FactLabels.of(this.jdbc, 8);
		assertThat(labels.idOf(fact("表1", "试算指标", null))).isEqualTo(1);
		assertThat(labels.idOf(fact("表1", "试算指标", "个"))).isEqualTo(2);
		assertThat(labels.idOf(fact("表1", "试算指标", null))).isEqualTo(1);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> labels.writeAdded(this.jdbc));
		assertThat(FactLabels.of(this.jdbc, 8).idOf(fact("表1", "试算指标", null))).isEqualTo(1);
	}

	private static StagedFact fact(String sheet, String name, String unit) {
		// new strings each time, as another row would bring them
		return new StagedFact(new String(sheet), "E2", "510000", "x", new String(name),
				(unit != null) ? new String(unit) : null, 2022, BigDecimal.ONE, "", "");
	}

}
