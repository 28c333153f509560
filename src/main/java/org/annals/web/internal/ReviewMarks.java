package org.annals.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.ingest.PublishedFacts;
import org.annals.review.ReviewItem;
import org.annals.review.Reviews;
import org.annals.tables.TableDocument;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * What a table's preview says of review: each figure that has not passed all its levels
 * is marked 未审 (no level passed it yet), 审核中 (passed at some, waiting at the next) or 已退回
 * (sent back), from the review of the submissions behind it; and whether the table is
 * signed off (审定).
 */
@Component
@ConditionalOnWebApplication
class ReviewMarks {

	/** Mark keys of the message bundles, the strongest first. */
	static final List<String> MARKS = List.of("review.mark.returned", "review.mark.unreviewed",
			"review.mark.underReview");

	private final Reviews reviews;

	ReviewMarks(Reviews reviews) {
		this.reviews = reviews;
	}

	/**
	 * The marks of a table's cells.
	 * @param document the table
	 * @return {@code ROW-COLUMN} → the mark's message key, for the cells that have one
	 */
	Map<String, String> of(TableDocument document) {
		Map<String, ReviewItem> items = this.reviews.statisticsOf(document.year());
		Map<String, String> marks = new LinkedHashMap<>();
		for (int r = 0; r < document.rows().size(); r++) {
			List<TableDocument.Cell> cells = document.rows().get(r).cells();
			for (int c = 0; c < cells.size(); c++) {
				int strongest = MARKS.size();
				for (PublishedFacts.Source source : cells.get(c).sources()) {
					if ("current".equals(source.state()) || "conflict".equals(source.state())) {
						strongest = Math.min(strongest, mark(items.get(source.department())));
					}
				}
				if (strongest < MARKS.size()) {
					marks.put(r + "-" + c, MARKS.get(strongest));
				}
			}
		}
		return marks;
	}

	private int mark(ReviewItem item) {
		if (item == null) {
			return 1;
		}
		return switch (item.state()) {
			case ReviewItem.RETURNED -> 0;
			case ReviewItem.PENDING -> this.reviews.atFirstLevel(item) ? 1 : 2;
			default -> MARKS.size();
		};
	}

	/**
	 * The table's review: its item, when it was compiled.
	 * @param tableId the table
	 * @param year the year
	 * @return the item
	 */
	Optional<ReviewItem> table(String tableId, int year) {
		return this.reviews.tableItem(tableId, year);
	}

}
