package org.annals.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.annals.review.ReviewEvent;
import org.annals.review.ReviewItem;
import org.annals.review.ReviewLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code review_item} (where each item stands) and the append-only {@code review_event}
 * (everything that happened to it).
 */
@Repository
public class ReviewRepository {

	private static final String ITEM = "select id, kind, item_key, item_year, region_code, department, title, "
			+ "subject_ref, round_no, review_level, level_region, state, signed_ref, signed_by, signed_at, "
			+ "waiting_since, subject_hash, signed_hash from review_item ";

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An item with the hashes of what its round reviews and of what was signed off.
	 *
	 * @param item the item
	 * @param subjectHash the content hash of the current round's subject, or null
	 * @param signedHash the content hash of what was signed off, or null
	 */
	public record Stored(ReviewItem item, String subjectHash, String signedHash) {
	}

	public Optional<Stored> byId(long id) {
		return this.jdbc.sql(ITEM + "where id = ?").param(id).query(ReviewRepository::stored).optional();
	}

	public Optional<Stored> byKey(String kind, String key) {
		return this.jdbc.sql(ITEM + "where kind = ? and item_key = ?")
			.params(kind, key)
			.query(ReviewRepository::stored)
			.optional();
	}

	public List<Stored> all() {
		return this.jdbc.sql(ITEM + "order by id").query(ReviewRepository::stored).list();
	}

	public List<Stored> ofYear(int year) {
		return this.jdbc.sql(ITEM + "where item_year = ? order by id")
			.param(year)
			.query(ReviewRepository::stored)
			.list();
	}

	public List<Stored> waitingAt(String levelRegion) {
		return this.jdbc.sql(ITEM + "where level_region = ? and state = 'pending' order by waiting_since, id")
			.param(levelRegion)
			.query(ReviewRepository::stored)
			.list();
	}

	public List<Stored> ofDepartment(String department) {
		return this.jdbc.sql(ITEM + "where department = ? order by id desc")
			.param(department)
			.query(ReviewRepository::stored)
			.list();
	}

	/**
	 * Inserts an item at its first level, unless another process just did.
	 * @return whether this call inserted it
	 */
	public boolean insert(String kind, String key, int year, String region, String department, String title,
			Long subjectRef, String subjectHash, ReviewLevels.Step first) {
		Timestamp now = now();
		return this.jdbc
			.sql("insert into review_item (kind, item_key, item_year, region_code, department, title, subject_ref, "
					+ "subject_hash, round_no, review_level, level_region, state, opened_at, waiting_since) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'pending', ?, ?) on conflict do nothing")
			.params(kind, key, year, region, department, title, subjectRef, subjectHash, first.level().code(),
					first.regionCode(), now, now)
			.update() == 1;
	}

	/** A new round at the first level, on a new subject. */
	public void newRound(long id, String title, Long subjectRef, String subjectHash, ReviewLevels.Step first) {
		this.jdbc
			.sql("update review_item set round_no = round_no + 1, title = ?, subject_ref = ?, subject_hash = ?, "
					+ "review_level = ?, level_region = ?, state = 'pending', waiting_since = ? where id = ?")
			.params(title, subjectRef, subjectHash, first.level().code(), first.regionCode(), now(), id)
			.update();
	}

	/** Moves an item to a level, or sets its state where it is. */
	public void move(long id, ReviewLevels.Step step, String state) {
		this.jdbc
			.sql("update review_item set review_level = ?, level_region = ?, state = ?, waiting_since = ? "
					+ "where id = ?")
			.params(step.level().code(), step.regionCode(), state, now(), id)
			.update();
	}

	/**
	 * Points an item's subject or signed-off build to another build of the same content,
	 * or clears its sign-off.
	 * @param id the item
	 * @param column {@code subject_ref} or {@code signed_ref}
	 * @param build the build, or null (only for {@code signed_ref})
	 */
	public void pointTo(long id, String column, Long build) {
		String set = "signed_ref".equals(column) ? "signed_ref = ?" : "subject_ref = ?";
		this.jdbc.sql("update review_item set " + set + " where id = ?").params(build, id).update();
	}

	public void signOff(long id, Long ref, String hash, String by) {
		this.jdbc
			.sql("update review_item set state = 'signed_off', signed_ref = ?, signed_hash = ?, signed_by = ?, "
					+ "signed_at = ? where id = ?")
			.params(ref, hash, by, now(), id)
			.update();
	}

	/** Appends one event to the trail. */
	public void append(ReviewItem item, String type, String actor, String target, String note) {
		this.jdbc
			.sql("insert into review_event (item_id, round_no, review_level, level_region, event_type, actor, "
					+ "occurred_at, subject_ref, target, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(item.id(), item.round(), item.level().code(), item.levelRegion(), type, actor, OffsetDateTime.now(),
					item.subjectRef(), target, note)
			.update();
	}

	public List<ReviewEvent> events(long itemId) {
		return this.jdbc
			.sql("select id, item_id, round_no, review_level, level_region, event_type, actor, occurred_at, "
					+ "subject_ref, target, note from review_event where item_id = ? order by id")
			.param(itemId)
			.query(ReviewRepository::event)
			.list();
	}

	private static ReviewEvent event(ResultSet rs, int n) throws SQLException {
		return new ReviewEvent(rs.getLong(1), rs.getLong(2), rs.getInt(3), ReviewLevel.ofCode(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
				(Long) rs.getObject(9, Long.class), rs.getString(10), rs.getString(11));
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		Timestamp signedAt = rs.getTimestamp(15);
		ReviewItem item = new ReviewItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, Long.class), rs.getInt(9),
				ReviewLevel.ofCode(rs.getString(10)), rs.getString(11), rs.getString(12), rs.getObject(13, Long.class),
				rs.getString(14), (signedAt != null) ? signedAt.toLocalDateTime() : null,
				rs.getTimestamp(16).toLocalDateTime());
		return new Stored(item, rs.getString(17), rs.getString(18));
	}

	private static Timestamp now() {
		return new Timestamp(System.currentTimeMillis());
	}

}
