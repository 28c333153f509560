package org.annals.ingest.internal.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 5: a file still being copied is told by its own bytes, every format as
 * departments send it; a whole file never looks half-copied.
 */
class CopyCompletenessTests {

	@TempDir
	Path temp;

	@Test
	void everyFileOfTheSampleInboxLooksWhole() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("sample-input"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(CopyCompleteness.looksWhole(file)).as("%s", file).isTrue();
			}
		}
	}

	@Test
	void aWorkbookOrDocumentCutAnywhereLooksHalfCopied() throws IOException {
		for (String name : List.of("省统计局/2022年各市（州）主要经济指标.xlsx", "省委办公厅/2022年大事记.docx",
				"省统计局/地区生产总值（2018—2022年）.xls")) {
			byte[] whole = Files.readAllBytes(Path.of("sample-input", name));
			for (int cut : new int[] { 600, whole.length / 3, whole.length / 2, whole.length - 1 }) {
				Path part = this.temp.resolve("part");
				Files.write(part, Arrays.copyOf(whole, cut));
				assertThat(CopyCompleteness.looksWhole(part)).as("%s cut at %d of %d", name, cut, whole.length)
					.isFalse();
			}
		}
	}

	@Test
	void aTextCutMidLineLooksHalfCopiedAndOneEndingWithoutALineBreakDoesNot() throws IOException {
		assertThat(text("地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,2022,56749.8\n")).isTrue();
		assertThat(text("地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,2022,56749.8")).as("no last line break").isTrue();
		assertThat(text("地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,20")).as("cut mid-line").isFalse();
		assertThat(text("日期,单位,标题,内容\n6月1日,省委办公厅,标题,\"内容的第一行\n内容的第二")).as("cut in a quoted field").isFalse();
		assertThat(text("单列\n一行")).isTrue();
	}

	private boolean text(String content) throws IOException {
		Path file = this.temp.resolve("t.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return CopyCompleteness.looksWhole(file);
	}

}
