package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.annals.ingest.internal.sheet.SheetTestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextEncodingTests {

	@TempDir
	Path dir;

	@Test
	void detectsUtf8WithAByteOrderMark() throws IOException {
		assertThat(TextEncoding.detect(fixture("csv-utf8-bom.csv")))
			.isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, true));
	}

	@Test
	void detectsUtf8WithoutAByteOrderMark() throws IOException {
		assertThat(TextEncoding.detect(fixture("csv-utf8.csv")))
			.isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, false));
	}

	@Test
	void detectsGbkAsGb18030() throws IOException {
		assertThat(TextEncoding.detect(fixture("csv-gbk.csv")))
			.isEqualTo(new TextEncoding.Detected(TextEncoding.GB18030, false));
	}

	@Test
	void detectsGb18030WithAFourByteCharacter() throws IOException {
		assertThat(TextEncoding.detect(fixture("csv-gb18030.csv")))
			.isEqualTo(new TextEncoding.Detected(TextEncoding.GB18030, false));
	}

	@Test
	void rejectsBytesThatAreNeitherUtf8NorGb18030() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> TextEncoding.detect(fixture("csv-invalid-encoding.csv")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCODING"));
	}

	@Test
	void rejectsAUtf8ByteOrderMarkFollowedByGbk() throws IOException {
		byte[] gbk = "成都市,1\n".getBytes(Charset.forName("GBK"));
		Path file = this.dir.resolve("bom-gbk.csv");
		Files.write(file, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, gbk));

		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> TextEncoding.detect(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCODING"));
	}

	@Test
	void detectsUtf8WhenACharacterStraddlesTheReadBuffer() throws IOException {
		Path file = this.dir.resolve("long.csv");
		Files.write(file, concat("a".repeat(64 * 1024 - 1).getBytes(StandardCharsets.US_ASCII),
				"成都市,𠮷\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(TextEncoding.detect(file)).isEqualTo(new TextEncoding.Detected(StandardCharsets.UTF_8, false));
	}

	@Test
	void detectsGb18030WhenACharacterStraddlesTheReadBuffer() throws IOException {
		Path file = this.dir.resolve("long.csv");
		Files.write(file, concat("a".repeat(64 * 1024 - 1).getBytes(StandardCharsets.US_ASCII),
				"成都市,𠮷\n".getBytes(TextEncoding.GB18030)));

		assertThat(TextEncoding.detect(file)).isEqualTo(new TextEncoding.Detected(TextEncoding.GB18030, false));
	}

	@Test
	void rejectsAFileWhoseOnlyInvalidByteIsTheLast() throws IOException {
		Path file = this.dir.resolve("truncated.csv");
		byte[] utf8 = "成都市".getBytes(StandardCharsets.UTF_8);
		Files.write(file, concat("a".repeat(100 * 1024).getBytes(StandardCharsets.US_ASCII), new byte[] { utf8[0] }));

		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> TextEncoding.detect(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCODING"));
	}

	@Test
	void decodesStrictlyNeverWithReplacementCharacters() {
		TextEncoding.Detected utf8 = new TextEncoding.Detected(StandardCharsets.UTF_8, false);

		assertThatExceptionOfType(CharacterCodingException.class)
			.isThrownBy(() -> utf8.decoder().decode(ByteBuffer.wrap(new byte[] { (byte) 0xFF, 'a' })));
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] all = new byte[first.length + second.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
