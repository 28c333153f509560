package org.annals.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.review.internal.ReviewRepository;
import org.annals.review.internal.ReviewSync;
import org.annals.support.CsvText;
import org.annals.support.ExportedFiles;

import org.springframework.stereotype.Component;

/**
 * A year's review trail as a snapshot holds it: {@code reviews.csv}, every state change
 * and comment of the year's items (submissions, tables, chronicle) in order.
 */
@Component
public class ReviewTrail {

	/** The columns of {@code reviews.csv}. */
	public static final List<String> COLUMNS = List.of("item_id", "kind", "item", "year", "region_code", "department",
			"round", "level", "level_region", "event", "actor", "occurred_at", "subject", "target", "note");

	private final ReviewRepository repository;

	private final ReviewSync sync;

	ReviewTrail(ReviewRepository repository, ReviewSync sync) {
		this.repository = repository;
		this.sync = sync;
	}

	/**
	 * Adds {@code reviews.csv} of a year.
	 * @param year the year
	 * @param files where it goes
	 */
	public void reviews(int year, ExportedFiles files) {
		this.sync.sync();
		List<ReviewRepository.Stored> items = this.repository.ofYear(year);
		files.add("reviews.csv", (out) -> write(items, out));
	}

	private void write(List<ReviewRepository.Stored> items, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord(COLUMNS);
		for (ReviewRepository.Stored stored : items) {
			ReviewItem item = stored.item();
			for (ReviewEvent event : this.repository.events(item.id())) {
				csv.writeRecord(String.valueOf(item.id()), item.kind(), CsvText.neutralise(item.key()),
						String.valueOf(item.year()), item.regionCode(), CsvText.neutralise(text(item.department())),
						String.valueOf(event.round()), event.level().code(), event.levelRegion(), event.type(),
						CsvText.neutralise(event.actor()), String.valueOf(event.occurredAt()),
						(event.subjectRef() != null) ? String.valueOf(event.subjectRef()) : "", text(event.target()),
						CsvText.neutralise(text(event.note())));
			}
		}
		csv.flush();
		writer.flush();
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
