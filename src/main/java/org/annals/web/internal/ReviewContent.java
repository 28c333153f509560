package org.annals.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.chronicle.ChronicleRepository;
import org.annals.ingest.SubmittedFiles;
import org.annals.ingest.Submissions;
import org.annals.review.ReviewEvent;
import org.annals.review.ReviewItem;
import org.annals.review.Reviews;
import org.annals.tables.TableBuilds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a reviewer reads of an item, for the API and the pages alike: a submission's
 * figures as the department sent them, with its check report; a table's build cell by
 * cell with lineage; the chronicle entry by entry. And the item's levels and trail.
 */
@Component
@ConditionalOnWebApplication
class ReviewContent {

	private final Reviews reviews;

	private final SubmittedFiles files;

	private final Submissions submissions;

	private final TableBuilds builds;

	private final ChronicleRepository chronicle;

	ReviewContent(Reviews reviews, JdbcClient jdbc, Submissions submissions, TableBuilds builds,
			ChronicleRepository chronicle) {
		this.reviews = reviews;
		this.files = new SubmittedFiles(jdbc);
		this.submissions = submissions;
		this.builds = builds;
		this.chronicle = chronicle;
	}

	/**
	 * An item as a list shows it.
	 * @param item the item
	 * @return its fields
	 */
	static Map<String, Object> summary(ReviewItem item) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", item.id());
		out.put("kind", item.kind());
		out.put("title", item.title());
		out.put("year", item.year());
		out.put("region", item.regionCode());
		out.put("department", item.department());
		out.put("round", item.round());
		out.put("level", item.level().code());
		out.put("levelRegion", item.levelRegion());
		out.put("state", item.state());
		out.put("subject", item.subjectRef());
		out.put("signedBuild", item.signedRef());
		out.put("signedBy", item.signedBy());
		out.put("waitingSince", String.valueOf(item.waitingSince()));
		return out;
	}

	/**
	 * An item whole: its summary, its levels, its trail and what it reviews.
	 * @param reviewer who reads it
	 * @param id the item's id
	 * @return the fields
	 */
	Map<String, Object> whole(Reviews.Reviewer reviewer, long id) {
		ReviewItem item = this.reviews.item(reviewer, id);
		Map<String, Object> out = summary(item);
		Map<String, String> levels = new LinkedHashMap<>();
		this.reviews.levels(item).forEach((level, region) -> levels.put(level.code(), region));
		out.put("levels", levels);
		out.put("trail", this.reviews.trail(reviewer, id).stream().map(ReviewContent::event).toList());
		out.put("content", content(item));
		return out;
	}

	static Map<String, Object> event(ReviewEvent event) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", event.id());
		out.put("round", event.round());
		out.put("level", event.level().code());
		out.put("event", event.type());
		out.put("actor", event.actor());
		out.put("at", String.valueOf(event.occurredAt()));
		out.put("target", event.target());
		out.put("note", event.note());
		return out;
	}

	private Object content(ReviewItem item) {
		return switch (item.kind()) {
			case ReviewItem.SUBMISSION -> Map.of("figures", this.files.figures(item.subjectRef()), "report",
					this.submissions.issues(item.subjectRef()));
			case ReviewItem.TABLE -> this.builds.byId(item.subjectRef()).map((b) -> (Object) b.document()).orElse(null);
			default -> this.chronicle.entries(item.year(), null);
		};
	}

	/**
	 * A department's items with their trails, for its own look at the review of its
	 * files.
	 * @param department the department
	 * @return the items
	 */
	List<Map<String, Object>> ofDepartment(String department) {
		return this.reviews.ofDepartment(department).entrySet().stream().map((e) -> {
			Map<String, Object> out = summary(e.getKey());
			out.put("trail", e.getValue().stream().map(ReviewContent::event).toList());
			return out;
		}).toList();
	}

}
