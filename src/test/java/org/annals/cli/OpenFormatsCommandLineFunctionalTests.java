package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annals.AnnalsProcess;
import org.annals.TestInboxes;
import org.annals.cli.internal.ExitCodes;
import org.annals.ingest.JsonStatReading;
import org.annals.ingest.SdmxCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals export facts|table} in the open formats from the built jar, as the README
 * gives them: files a JSON-stat or SDMX reader takes, and usage errors that name the
 * choices.
 */
class OpenFormatsCommandLineFunctionalTests {

	@TempDir
	Path work;

	@Test
	void factsAndATableAsJsonStatAndSdmxCsv() throws Exception {
		Path inbox = TestInboxes.copyOfSampleInput(this.work.resolve("inbox"));
		AnnalsProcess annals = AnnalsProcess.onH2(this.work.resolve("home"));
		assertThat(annals.run("nightly", "--inbox", inbox.toString()).exitCode()).isEqualTo(ExitCodes.REJECTED);

		Path json = this.work.resolve("out/facts-2022.json");
		AnnalsProcess.Result facts = annals.run("export", "facts", "--year", "2022", "--format", "jsonstat", "--out",
				json.toString());
		assertThat(facts.exitCode()).as(facts.err()).isZero();
		assertThat(facts.err()).contains("已导出 400 条事实");
		JsonNode document = JsonStatReading.parse(Files.readAllBytes(json));
		assertThat(JsonStatReading.schemaErrors(document)).isEmpty();
		assertThat(JsonStatReading.cells(document)).hasSize(400);

		AnnalsProcess.Result sdmx = annals.run("export", "facts", "--year", "2022", "--format", "sdmx-csv");
		assertThat(sdmx.exitCode()).as(sdmx.err()).isZero();
		List<String> lines = sdmx.out().lines().toList();
		assertThat(lines).hasSize(401);
		assertThat(lines.get(0)).isEqualTo(String.join(",", SdmxCsvWriter.HEADER));

		Path table = this.work.resolve("out/main.json");
		AnnalsProcess.Result exported = annals.run("--lang", "en", "export", "table", "main-economic-indicators",
				"--year", "2022", "--format", "jsonstat", "--out", table.toString());
		assertThat(exported.exitCode()).as(exported.err()).isZero();
		JsonNode tableDocument = JsonStatReading.parse(Files.readAllBytes(table));
		assertThat(JsonStatReading.schemaErrors(tableDocument)).isEmpty();
		assertThat(tableDocument.get("label").asString()).isEqualTo("2022年各市（州）主要经济指标");
		assertThat(tableDocument.get("dimension").get("year").get("label").asString()).isEqualTo("Year");
		AnnalsProcess.Result csv = annals.run("export", "table", "main-economic-indicators", "--year", "2022");
		assertThat(csv.out().lines().findFirst()).hasValueSatisfying((header) -> assertThat(header).startsWith("地区,"));

		AnnalsProcess.Result unknown = annals.run("export", "table", "no-such-table", "--year", "2022");
		assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(unknown.err()).contains("no-such-table").contains("main-economic-indicators");
		AnnalsProcess.Result format = annals.run("export", "facts", "--year", "2022", "--format", "xml");
		assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(format.err()).contains("jsonstat").contains("sdmx-csv");
	}

}
