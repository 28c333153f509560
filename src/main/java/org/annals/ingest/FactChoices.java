package org.annals.ingest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.annals.support.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor settles which source's value of a region's indicator of a year is published
 * (数出一门): the chosen fact becomes the current one, the value it replaces an alternative,
 * and who, when, why and the value chosen are recorded in the append-only
 * {@code ingest_fact_choice}. A choice stands through later runs: a different value
 * arriving afterwards is kept as an alternative for the editors to settle again.
 */
@Component
public class FactChoices {

	/** The longest reason kept. */
	public static final int REASON_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	FactChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Chooses a published fact as its key's current value.
	 * @param fact the fact's id
	 * @param reason why, in the editor's words
	 * @param editor who chooses
	 * @return the choice recorded
	 * @throws RefusedChoiceException when there is no reason, or no such published fact
	 */
	@Transactional
	public Choice choose(long fact, String reason, String editor) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new RefusedChoiceException(Messages.get(false, "ingest.choice.noReason"),
					Messages.get(true, "ingest.choice.noReason"));
		}
		if (why.length() > REASON_LENGTH) {
			throw new RefusedChoiceException(Messages.get(false, "ingest.choice.longReason", REASON_LENGTH),
					Messages.get(true, "ingest.choice.longReason", REASON_LENGTH));
		}
		List<Map<String, Object>> found = this.jdbc
			.sql("select region_code, indicator_code, fact_year, fact_value, state from ingest_published_fact "
					+ "where id = ?")
			.param(fact)
			.query()
			.listOfRows();
		if (found.isEmpty() || "repeat".equals(found.get(0).get("state"))) {
			throw new RefusedChoiceException(Messages.get(false, "ingest.choice.noSuchFact", fact),
					Messages.get(true, "ingest.choice.noSuchFact", fact));
		}
		Map<String, Object> row = found.get(0);
		String region = (String) row.get("region_code");
		String indicator = (String) row.get("indicator_code");
		int year = ((Number) row.get("fact_year")).intValue();
		BigDecimal value = (BigDecimal) row.get("fact_value");
		Long replaced = this.jdbc
			.sql("select id from ingest_published_fact where region_code = ? and indicator_code = ? and fact_year = ? "
					+ "and state = 'current' and id <> ?")
			.params(region, indicator, year, fact)
			.query(Long.class)
			.optional()
			.orElse(null);
		// the others of the key that were published or in conflict are alternatives now
		this.jdbc
			.sql("update ingest_fact set state = 'alternative' where region_code = ? and indicator_code = ? and "
					+ "fact_year = ? and state in ('current', 'conflict') and id <> ? and submission_id in "
					+ "(select id from ingest_submission where status = 'loaded')")
			.params(region, indicator, year, fact)
			.update();
		this.jdbc.sql("update ingest_fact set state = 'current', conflict = false where id = ?").param(fact).update();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into ingest_fact_choice (region_code, indicator_code, fact_year, fact_id, fact_value, "
					+ "replaced_fact_id, reason, chosen_by, chosen_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(region, indicator, year, fact, value, replaced, why, editor,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return new Choice(region, indicator, year, fact, value, replaced, why, editor, now);
	}

	/**
	 * The choices made of a year's figures, latest first.
	 * @param year the year
	 * @return the choices
	 */
	public List<Choice> ofYear(int year) {
		return this.jdbc
			.sql("select region_code, indicator_code, fact_year, fact_id, fact_value, replaced_fact_id, reason, "
					+ "chosen_by, chosen_at from ingest_fact_choice where fact_year = ? order by id desc")
			.param(year)
			.query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
					rs.getBigDecimal(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
					rs.getObject(9, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * An editor's choice.
	 *
	 * @param region the region's code
	 * @param indicator the indicator's code
	 * @param year the year
	 * @param fact the fact chosen
	 * @param value its value (null: not available)
	 * @param replaced the fact that was current before, if another
	 * @param reason why
	 * @param editor who
	 * @param chosenAt when
	 */
	public record Choice(String region, String indicator, int year, long fact, BigDecimal value, Long replaced,
			String reason, String editor, Instant chosenAt) {
	}

	/**
	 * A choice that cannot be made, with the reason in Chinese and English.
	 */
	public static class RefusedChoiceException extends RuntimeException {

		private final String chinese;

		private final String english;

		RefusedChoiceException(String chinese, String english) {
			super(chinese + " / " + english);
			this.chinese = chinese;
			this.english = english;
		}

		/**
		 * The reason in Chinese.
		 * @return the reason
		 */
		public String chinese() {
			return this.chinese;
		}

		/**
		 * The reason in English.
		 * @return the reason
		 */
		public String english() {
			return this.english;
		}

	}

}
