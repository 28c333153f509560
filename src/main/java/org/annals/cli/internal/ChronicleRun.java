package org.annals.cli.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.ChronicleExporter;
import org.annals.chronicle.ChronicleRepository;
import org.annals.chronicle.DepartmentVolume;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobRunner;
import org.annals.support.Messages;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Compiles and exports the chronicle for the command line.
 */
@Component
class ChronicleRun {

	private final JobRunner jobs;

	private final ChronicleRepository chronicle;

	private final ChronicleExporter exporter;

	private final DepartmentVolume volume;

	ChronicleRun(JobRunner jobs, ChronicleRepository chronicle, ChronicleExporter exporter, DepartmentVolume volume) {
		this.jobs = jobs;
		this.volume = volume;
		this.chronicle = chronicle;
		this.exporter = exporter;
	}

	/**
	 * Runs {@code compileChronicleJob}.
	 * @param year a year, or null for every year that has events
	 * @return whether it completed
	 * @throws Exception when the launch fails
	 */
	boolean compile(Integer year) throws Exception {
		JobExecution execution = this.jobs.run(JobCatalogue.COMPILE_CHRONICLE,
				Map.of("year", (year != null) ? year.toString() : "all"));
		return execution.getStatus() == BatchStatus.COMPLETED;
	}

	/**
	 * The entries of a year, compiling the year first when it never was.
	 * @param year the year
	 * @param department a department, or null
	 * @return the entries
	 * @throws Exception when compiling fails
	 */
	List<ChronicleEntry> entries(int year, String department) throws Exception {
		if (!this.chronicle.compiled(year)) {
			compile(year);
		}
		return this.chronicle.entries(year, department);
	}

	void write(int year, String department, ChronicleExporter.Format format, Path file) throws Exception {
		List<ChronicleEntry> entries = entries(year, department);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			write(year, department, entries, format, out);
		}
	}

	void write(int year, String department, ChronicleExporter.Format format, OutputStream out) throws Exception {
		write(year, department, entries(year, department), format, out);
		out.flush();
	}

	private void write(int year, String department, List<ChronicleEntry> entries, ChronicleExporter.Format format,
			OutputStream out) throws Exception {
		if (department != null) {
			this.exporter.writeOwn(title(year, department), entries, format, out);
		}
		else {
			this.exporter.write(title(year, department), entries, format, out);
		}
	}

	/**
	 * Writes a year's department volume, compiling the year first when it never was.
	 * @param year the year
	 * @param format md or docx
	 * @param file the file, or null for standard output
	 * @throws Exception when compiling or writing fails
	 */
	void writeVolume(int year, ChronicleExporter.Format format, Path file) throws Exception {
		entries(year, null);
		if (file == null) {
			this.volume.write(year, format, System.out);
			System.out.flush();
			return;
		}
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			this.volume.write(year, format, out);
		}
	}

	private static String title(int year, String department) {
		return (department != null) ? Messages.get("chronicle.titleOfDepartment", department, year)
				: Messages.get("chronicle.title", year);
	}

}
