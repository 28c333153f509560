package org.annals.deliverables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annals.deliverables.Deliverable;
import org.annals.deliverables.Deliverables;
import org.annals.deliverables.Due;
import org.annals.deliverables.Period;
import org.annals.deliverables.internal.DeliverablesFile.DepartmentEntry;
import org.annals.deliverables.internal.DeliverablesFile.DueEntry;
import org.annals.deliverables.internal.DeliverablesFile.OwedEntry;
import org.annals.deliverables.internal.DeliverablesFile.StatisticsEntry;
import org.annals.reference.InvalidDescriptorException;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code jobs/deliverables.yml} strictly (an unknown key is an error) and checks
 * every name in it; a problem is told in Chinese with its line, or its field's path
 * ({@code deliverables[1].owes[0].due}).
 */
public final class DeliverablesReader {

	static final String PERIOD_END = "period_end";

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final ReferenceData reference;

	private DeliverablesReader(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * Reads and checks the file.
	 * @param jobs the jobs folder
	 * @param reference the rest of {@code jobs/}
	 * @return the deliverables, none when there is no file
	 */
	public static Deliverables read(JobsDirectory jobs, ReferenceData reference) {
		if (!jobs.exists(Deliverables.FILE)) {
			return new Deliverables(List.of());
		}
		DeliverablesFile file;
		try (InputStream in = jobs.open(Deliverables.FILE)) {
			file = MAPPER.readValue(in, DeliverablesFile.class);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null) ? text("deliverables.file.at", ex.getLocation().getLineNr()) : "";
			throw invalid("deliverables.file.parse", where, path(ex), ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new InvalidDescriptorException(Deliverables.FILE, ex);
		}
		return new DeliverablesReader(reference).check(file);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private Deliverables check(DeliverablesFile file) {
		if (file == null || file.deliverables() == null) {
			throw invalid("deliverables.file.empty");
		}
		List<Deliverable> all = new ArrayList<>();
		for (int i = 0; i < file.deliverables().size(); i++) {
			DepartmentEntry entry = file.deliverables().get(i);
			String path = "deliverables[" + i + "]";
			if (entry == null || entry.department() == null
					|| this.reference.departments().byFolder(entry.department()).isEmpty()) {
				throw invalid("deliverables.file.department", path + ".department",
						(entry != null) ? entry.department() : null);
			}
			if (entry.owes() == null || entry.owes().isEmpty()) {
				throw invalid("deliverables.file.owes", path + ".owes");
			}
			Set<String> names = new HashSet<>();
			for (int j = 0; j < entry.owes().size(); j++) {
				Deliverable deliverable = deliverable(entry.department(), entry.owes().get(j),
						path + ".owes[" + j + "]");
				if (!names.add(deliverable.name())) {
					throw invalid("deliverables.file.duplicate", path + ".owes[" + j + "].name", deliverable.name());
				}
				all.add(deliverable);
			}
		}
		return new Deliverables(all);
	}

	private Deliverable deliverable(String department, OwedEntry owed, String path) {
		if (owed == null || owed.name() == null || owed.name().isBlank()) {
			throw invalid("deliverables.file.name", path + ".name");
		}
		if ((owed.statistics() == null) == (owed.chronicle() == null)) {
			throw invalid("deliverables.file.kind", path);
		}
		if (owed.statistics() != null) {
			List<String> indicators = indicators(owed.statistics(), path + ".statistics");
			return new Deliverable(department, owed.name().strip(), Deliverable.Kind.STATISTICS, indicators,
					Period.YEAR, due(owed.due(), Period.YEAR, path + ".due"));
		}
		Period period = switch (owed.chronicle()) {
			case "year" -> Period.YEAR;
			case "half" -> Period.HALF;
			case "quarter" -> Period.QUARTER;
			default -> throw invalid("deliverables.file.period", path + ".chronicle", owed.chronicle());
		};
		return new Deliverable(department, owed.name().strip(), Deliverable.Kind.CHRONICLE, List.of(), period,
				due(owed.due(), period, path + ".due"));
	}

	private List<String> indicators(StatisticsEntry statistics, String path) {
		List<String> codes = (statistics.indicators() != null) ? statistics.indicators() : List.of();
		List<String> tables = (statistics.tables() != null) ? statistics.tables() : List.of();
		if (codes.isEmpty() && tables.isEmpty()) {
			throw invalid("deliverables.file.statistics", path);
		}
		Set<String> indicators = new LinkedHashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			if (codes.get(i) == null || this.reference.indicators().byCode(codes.get(i)).isEmpty()) {
				throw invalid("deliverables.file.indicator", path + ".indicators[" + i + "]", codes.get(i));
			}
			indicators.add(codes.get(i));
		}
		for (int i = 0; i < tables.size(); i++) {
			TableDefinition table = (tables.get(i) != null) ? this.reference.table(tables.get(i)).orElse(null) : null;
			if (table == null) {
				throw invalid("deliverables.file.table", path + ".tables[" + i + "]", tables.get(i));
			}
			table.groups().forEach((group) -> indicators.add(group.indicator()));
		}
		return List.copyOf(indicators);
	}

	private static Due due(DueEntry due, Period period, String path) {
		if (due == null || (due.date() == null) == (due.workingDaysAfter() == null)
				|| (due.date() != null && due.n() != null)
				|| (due.workingDaysAfter() != null && (due.n() == null || due.n() < 1))) {
			throw invalid("deliverables.file.due", path);
		}
		if (period != Period.YEAR && !PERIOD_END.equals(due.workingDaysAfter())) {
			throw invalid("deliverables.file.termDue", path);
		}
		if (due.date() != null) {
			return new Due(monthDay(due.date(), path + ".date"), null, false, 0);
		}
		if (PERIOD_END.equals(due.workingDaysAfter())) {
			return new Due(null, null, true, due.n());
		}
		return new Due(null, monthDay(due.workingDaysAfter(), path + ".working_days_after"), false, due.n());
	}

	private static MonthDay monthDay(String written, String path) {
		try {
			return MonthDay.parse("--" + written);
		}
		catch (DateTimeParseException ex) {
			throw invalid("deliverables.file.date", path, written);
		}
	}

	private static InvalidDescriptorException invalid(String key, Object... args) {
		return new InvalidDescriptorException(Deliverables.FILE, text(key, args));
	}

	private static String text(String key, Object... args) {
		return DeliverablesMessages.text(Locale.CHINESE, key, args);
	}

}
