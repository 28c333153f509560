package org.annals.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.review.ReviewRefusedException.Reason;
import org.annals.review.internal.ReviewLevels;
import org.annals.review.internal.ReviewRepository;
import org.annals.review.internal.ReviewSync;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow (三级联动审查) for the API, the pages and the archive: a reviewer's
 * queue, an item with its trail, pass, send back (with a reason), comment and the
 * province's sign-off (审定). A reviewer acts for the region of their account: they see the
 * items of their region and of the regions within it (the province's reviewers
 * everything), and act on an item only while it waits at their region's level. Every
 * state change and comment is appended to {@code review_event} and to the audit log.
 */
@Service
public class Reviews {

	/** Audit event types, one per review action. */
	static final Map<String, String> AUDIT_TYPES = Map.of(ReviewEvent.PASSED, "REVIEW_PASSED", ReviewEvent.RETURNED,
			"REVIEW_RETURNED", ReviewEvent.COMMENTED, "REVIEW_COMMENTED", ReviewEvent.SIGNED_OFF, "REVIEW_SIGNED_OFF");

	private static final int NOTE_LENGTH = 4000;

	private final ReviewRepository repository;

	private final ReviewLevels levels;

	private final ReviewSync sync;

	private final AuditEventRepository audit;

	Reviews(ReviewRepository repository, ReviewLevels levels, ReviewSync sync, AuditEventRepository audit) {
		this.repository = repository;
		this.levels = levels;
		this.sync = sync;
		this.audit = audit;
	}

	/**
	 * Who acts, and from where.
	 *
	 * @param name the user's name
	 * @param region the region of their account, or null (then they see nothing)
	 * @param address the client's address, or null
	 */
	public record Reviewer(String name, String region, String address) {
	}

	/**
	 * What waits at a reviewer's level in their region, oldest first.
	 * @param reviewer the reviewer
	 * @return the items
	 */
	@Transactional
	public List<ReviewItem> queue(Reviewer reviewer) {
		this.sync.sync();
		if (reviewer.region() == null) {
			return List.of();
		}
		return this.repository.waitingAt(reviewer.region()).stream().map(ReviewRepository.Stored::item).toList();
	}

	/**
	 * Every item a reviewer may see, newest first.
	 * @param reviewer the reviewer
	 * @return the items
	 */
	@Transactional
	public List<ReviewItem> visible(Reviewer reviewer) {
		this.sync.sync();
		return this.repository.all()
			.stream()
			.map(ReviewRepository.Stored::item)
			.filter((i) -> this.levels.sees(reviewer.region(), i.regionCode()))
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.toList();
	}

	/**
	 * An item a reviewer may see.
	 * @param reviewer the reviewer
	 * @param id the item's id
	 * @return the item
	 * @throws ReviewRefusedException (not found) for an unknown item or one outside the
	 * reviewer's region
	 */
	@Transactional
	public ReviewItem item(Reviewer reviewer, long id) {
		this.sync.sync();
		return seen(reviewer, id);
	}

	/**
	 * The trail of an item: every state change and comment, in order.
	 * @param reviewer the reviewer
	 * @param id the item's id
	 * @return the events
	 */
	public List<ReviewEvent> trail(Reviewer reviewer, long id) {
		seen(reviewer, id);
		return this.repository.events(id);
	}

	/**
	 * The levels of an item, first to last, each with the region whose reviewers act.
	 * @param item the item
	 * @return level → region code
	 */
	public Map<ReviewLevel, String> levels(ReviewItem item) {
		Map<ReviewLevel, String> out = new LinkedHashMap<>();
		this.levels.of(item.regionCode()).forEach((s) -> out.put(s.level(), s.regionCode()));
		return out;
	}

	/**
	 * Passes an item at the reviewer's level: it goes up to the next level, or, passed at
	 * the last, is passed.
	 * @param reviewer the reviewer
	 * @param id the item's id
	 * @return the item after
	 */
	@Transactional
	public ReviewItem pass(Reviewer reviewer, long id) {
		ReviewItem item = actionable(reviewer, id);
		this.repository.append(item, ReviewEvent.PASSED, reviewer.name(), null, null);
		record(reviewer, ReviewEvent.PASSED, item, null, null);
		Optional<ReviewLevels.Step> next = this.levels.after(item.regionCode(), item.level());
		this.repository.move(id, next.orElse(new ReviewLevels.Step(item.level(), item.levelRegion())),
				next.isPresent() ? ReviewItem.PENDING : ReviewItem.PASSED);
		return this.repository.byId(id).orElseThrow().item();
	}

	/**
	 * Sends an item back with a reason: the department's corrected file (or the next
	 * compile) starts a new round.
	 * @param reviewer the reviewer
	 * @param id the item's id
	 * @param reason why (required)
	 * @return the item after
	 */
	@Transactional
	public ReviewItem sendBack(Reviewer reviewer, long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ReviewRefusedException(Reason.INVALID, "review.error.reasonRequired");
		}
		ReviewItem item = actionable(reviewer, id);
		this.repository.append(item, ReviewEvent.RETURNED, reviewer.name(), null, cut(reason.strip()));
		record(reviewer, ReviewEvent.RETURNED, item, null, reason.strip());
		this.repository.move(id, new ReviewLevels.Step(item.level(), item.levelRegion()), ReviewItem.RETURNED);
		return this.repository.byId(id).orElseThrow().item();
	}

	/**
	 * Comments on a cell of a table ({@code cell:ROW-COLUMN}), a fact ({@code fact:ID}),
	 * a chronicle entry ({@code entry:N}) or the item as a whole (no target). Any
	 * reviewer who sees the item may comment, whatever its state.
	 * @param reviewer the reviewer
	 * @param id the item's id
	 * @param target what the comment is on, or null
	 * @param text the comment (required)
	 * @return the comment as recorded
	 */
	@Transactional
	public ReviewEvent comment(Reviewer reviewer, long id, String target, String text) {
		if (text == null || text.isBlank()) {
			throw new ReviewRefusedException(Reason.INVALID, "review.error.textRequired");
		}
		if (target != null && !target.isBlank() && !target.matches("(cell:\\d+-\\d+|fact:\\d+|entry:\\d+)")) {
			throw new ReviewRefusedException(Reason.INVALID, "review.error.badTarget", target);
		}
		String on = (target == null || target.isBlank()) ? null : target;
		ReviewItem item = seen(reviewer, id);
		this.repository.append(item, ReviewEvent.COMMENTED, reviewer.name(), on, cut(text.strip()));
		record(reviewer, ReviewEvent.COMMENTED, item, on, text.strip());
		List<ReviewEvent> events = this.repository.events(id);
		return events.get(events.size() - 1);
	}

	/**
	 * Signs off (审定) a year's table or chronicle that passed every level: the province
	 * only. A table's build so signed is the one exported as final and archived.
	 * @param reviewer a reviewer of the province
	 * @param id the item's id
	 * @return the item after
	 */
	@Transactional
	public ReviewItem signOff(Reviewer reviewer, long id) {
		ReviewRepository.Stored stored = this.repository.byId(id)
			.filter((s) -> this.levels.sees(reviewer.region(), s.item().regionCode()))
			.orElseThrow(() -> new ReviewRefusedException(Reason.NOT_FOUND, "review.error.notFound", id));
		ReviewItem item = stored.item();
		if (!this.levels.province().equals(reviewer.region())) {
			throw new ReviewRefusedException(Reason.FORBIDDEN, "review.error.provinceOnly");
		}
		if (ReviewItem.SUBMISSION.equals(item.kind())) {
			throw new ReviewRefusedException(Reason.CONFLICT, "review.error.signOffKind");
		}
		if (!ReviewItem.PASSED.equals(item.state())) {
			throw new ReviewRefusedException(Reason.CONFLICT, "review.error.notPassed", item.state());
		}
		this.repository.append(item, ReviewEvent.SIGNED_OFF, reviewer.name(), null, null);
		record(reviewer, ReviewEvent.SIGNED_OFF, item, null, null);
		this.repository.signOff(id, item.subjectRef(), stored.subjectHash(), reviewer.name());
		return this.repository.byId(id).orElseThrow().item();
	}

	/**
	 * A department's items with their trails (comments and reasons included), newest
	 * first: what the department sees of the review of its files.
	 * @param department the department's folder
	 * @return item → its events
	 */
	@Transactional
	public Map<ReviewItem, List<ReviewEvent>> ofDepartment(String department) {
		this.sync.sync();
		Map<ReviewItem, List<ReviewEvent>> out = new LinkedHashMap<>();
		this.repository.ofDepartment(department)
			.forEach((s) -> out.put(s.item(), this.repository.events(s.item().id())));
		return out;
	}

	/**
	 * The build of a year's table that the province signed off, if any: the one printed
	 * and archived.
	 * @param tableId the table
	 * @param year the year
	 * @return the build's id
	 */
	@Transactional
	public Optional<Long> signedBuild(String tableId, int year) {
		this.sync.sync();
		return this.repository.byKey(ReviewItem.TABLE, tableId + "|" + year).map((s) -> s.item().signedRef());
	}

	/**
	 * The compiled tables of a year that the province has not signed off.
	 * @param year the year
	 * @return the tables' ids
	 */
	@Transactional
	public List<String> unsignedTables(int year) {
		this.sync.sync();
		return this.repository.ofYear(year)
			.stream()
			.map(ReviewRepository.Stored::item)
			.filter((i) -> ReviewItem.TABLE.equals(i.kind()) && i.signedRef() == null)
			.map(ReviewItem::title)
			.toList();
	}

	/**
	 * The review items of a year's statistics submissions, by department: where each
	 * department's figures of the year stand.
	 * @param year the data year
	 * @return department → its item
	 */
	@Transactional
	public Map<String, ReviewItem> statisticsOf(int year) {
		this.sync.sync();
		Map<String, ReviewItem> out = new LinkedHashMap<>();
		this.repository.ofYear(year)
			.stream()
			.map(ReviewRepository.Stored::item)
			.filter((i) -> ReviewItem.SUBMISSION.equals(i.kind()) && i.key().endsWith("|statistics"))
			.forEach((i) -> out.put(i.department(), i));
		return out;
	}

	/**
	 * Whether an item waits at the first of its levels (nobody passed it yet in this
	 * round).
	 * @param item the item
	 * @return true at the first level
	 */
	public boolean atFirstLevel(ReviewItem item) {
		return this.levels.of(item.regionCode()).get(0).level() == item.level();
	}

	/**
	 * The review item of a year's table, when it was compiled.
	 * @param tableId the table
	 * @param year the year
	 * @return the item
	 */
	@Transactional
	public Optional<ReviewItem> tableItem(String tableId, int year) {
		this.sync.sync();
		return this.repository.byKey(ReviewItem.TABLE, tableId + "|" + year).map(ReviewRepository.Stored::item);
	}

	private ReviewItem seen(Reviewer reviewer, long id) {
		return this.repository.byId(id)
			.map(ReviewRepository.Stored::item)
			.filter((i) -> this.levels.sees(reviewer.region(), i.regionCode()))
			.orElseThrow(() -> new ReviewRefusedException(Reason.NOT_FOUND, "review.error.notFound", id));
	}

	private ReviewItem actionable(Reviewer reviewer, long id) {
		ReviewItem item = seen(reviewer, id);
		if (!item.levelRegion().equals(reviewer.region())) {
			throw new ReviewRefusedException(Reason.FORBIDDEN, "review.error.notYourLevel", item.level().code(),
					item.levelRegion());
		}
		if (!ReviewItem.PENDING.equals(item.state())) {
			throw new ReviewRefusedException(Reason.CONFLICT, "review.error.notPending", item.state());
		}
		return item;
	}

	private void record(Reviewer reviewer, String type, ReviewItem item, String target, String note) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("item", item.id());
		data.put("kind", item.kind());
		data.put("title", item.title());
		data.put("year", item.year());
		data.put("round", item.round());
		data.put("level", item.level().code());
		if (target != null) {
			data.put("target", target);
		}
		if (note != null) {
			data.put("note", note);
		}
		if (reviewer.address() != null) {
			data.put("remoteAddress", reviewer.address());
		}
		this.audit.add(new AuditEvent(reviewer.name(), AUDIT_TYPES.get(type), data));
	}

	private static String cut(String text) {
		return (text.length() <= NOTE_LENGTH) ? text : text.substring(0, NOTE_LENGTH);
	}

}
