package org.annals.chronicle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chronicle of sample-input's event logs (an xlsx, a UTF-8 CSV and a Word document
 * from three departments), compiled on PostgreSQL and compared line by line with the
 * golden CSV and Markdown.
 */
class CompileChronicleFunctionalTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	ChronicleRepository chronicle;

	@Autowired
	ChronicleExporter exporter;

	@Autowired
	DepartmentVolume volume;

	@TempDir
	Path inbox;

	@BeforeEach
	void ingestAndCompile() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		for (String job : new String[] { IngestJobConfiguration.JOB, IngestJobConfiguration.EVENTS_JOB }) {
			assertThat(this.jobs.run(job, Map.of("inbox", this.inbox.toString())).getStatus())
				.isEqualTo(BatchStatus.COMPLETED);
		}
		assertThat(this.jobs.run(ChronicleJobConfiguration.JOB, Map.of("year", "all")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private String export(ChronicleExporter.Format format, String department) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (department != null) {
			this.exporter.writeOwn(department + "2022年大事记", this.chronicle.entries(2022, department), format, out);
		}
		else {
			this.exporter.write("2022年大事记", this.chronicle.entries(2022, null), format, out);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String golden(String name) throws Exception {
		return Files.readString(Path.of("src/test/resources/golden", name), StandardCharsets.UTF_8);
	}

	/** Keeps what a golden-file test found, to compare by eye or to adopt on purpose. */
	private static String found(String name, String text) throws Exception {
		Files.createDirectories(Path.of("target/golden-found"));
		Files.writeString(Path.of("target/golden-found", name), text, StandardCharsets.UTF_8);
		return text;
	}

	@Test
	void theDepartmentVolumeInMarkdownEqualsTheGoldenFile() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.volume.write(2022, ChronicleExporter.Format.MD, out);
		assertThat(found("chronicle-volume-2022.md", out.toString(StandardCharsets.UTF_8)).lines())
			.containsExactlyElementsOf(golden("chronicle-volume-2022.md").lines().toList());
	}

	@Test
	void theDepartmentVolumeInWordEqualsTheGoldenFileWithItsContentsLinkedToItsHeadings() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.volume.write(2022, ChronicleExporter.Format.DOCX, out);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			String texts = doc.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n", "", "\n"));
			assertThat(found("chronicle-volume-2022.docx.txt", texts).lines())
				.containsExactlyElementsOf(golden("chronicle-volume-2022.docx.txt").lines().toList());
			List<String> links = doc.getParagraphs()
				.stream()
				.flatMap((p) -> p.getCTP().getHyperlinkList().stream())
				.map((link) -> link.getAnchor())
				.toList();
			List<String> bookmarks = doc.getParagraphs()
				.stream()
				.flatMap((p) -> p.getCTP().getBookmarkStartList().stream())
				.map((mark) -> mark.getName())
				.toList();
			assertThat(links).containsExactly("section-1", "section-2");
			assertThat(bookmarks).containsExactlyElementsOf(links);
		}
	}

	@Test
	void theCsvEqualsTheGoldenFile() throws Exception {
		assertThat(export(ChronicleExporter.Format.CSV, null).lines())
			.containsExactlyElementsOf(golden("chronicle-2022.csv").lines().toList());
	}

	@Test
	void theMarkdownEqualsTheGoldenFile() throws Exception {
		assertThat(export(ChronicleExporter.Format.MD, null).lines())
			.containsExactlyElementsOf(golden("chronicle-2022.md").lines().toList());
	}

	@Test
	void theEarthquakeReportedByTwoDepartmentsIsOneEntryWithBothSources() {
		assertThat(this.chronicle.entries(2022, null)).filteredOn((e) -> e.title().contains("芦山县发生6.1级地震"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.departments()).containsExactly("省应急管理厅", "雅安市地方志办公室");
				assertThat(entry.sources()).containsExactly("2022年大事记.xlsx", "大事记（2022年）.csv");
			});
		assertThat(this.jdbc.queryForObject("select count(*) from chronicle_entry_source s join chronicle_entry e "
				+ "on e.id = s.entry_id where e.title = '雅安市芦山县发生6.1级地震'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void anUnreadableDateRejectsItsRowWithFileRowAndTextAndTheRestLoads() {
		assertThat(this.jdbc.queryForMap("select s.original_name, s.status, i.cell, i.message_zh from ingest_issue i "
				+ "join ingest_submission s on s.id = i.submission_id where i.code = 'BAD_DATE'"))
			.containsEntry("original_name", "大事记（2022年）.csv")
			.containsEntry("status", "loaded")
			.containsEntry("cell", "A7")
			.containsEntry("message_zh", "日期“不详”无法识别，该行未导入。");
	}

	@Test
	void anExplicitYearOverridesTheFileNameAndGoesToItsOwnYear() {
		assertThat(this.chronicle.entries(2021, null)).singleElement()
			.satisfies((entry) -> assertThat(entry.label()).isEqualTo("12月28日"));
	}

	@Test
	void aDepartmentsChronicleHasOnlyItsEntries() throws Exception {
		String md = export(ChronicleExporter.Format.MD, "省委办公厅");
		assertThat(md).startsWith("# 省委办公厅2022年大事记").contains("**1月10日**").doesNotContain("芦山");
		assertThat(this.chronicle.entries(2022, "省委办公厅")).hasSize(8);
	}

	@Test
	void textIsStoredVerbatimAndNeutralisedOnlyInTheCsv() throws Exception {
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_event where title = '=公式样文字：应急演练总结'",
				Integer.class))
			.isEqualTo(1);
		assertThat(export(ChronicleExporter.Format.CSV, null)).contains(",'=公式样文字：应急演练总结,")
			.contains(",'+新增应急避难场所建设任务下达各市（州）,");
		assertThat(export(ChronicleExporter.Format.MD, null)).contains("**第三季度**\u3000=公式样文字：应急演练总结");
	}

}
