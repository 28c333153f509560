package org.annals.ingest.sheet;

import java.io.IOException;
import java.util.zip.ZipException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionsTests {

	private static final String DUPLICATE = "zip 中有重复的条目 / duplicate zip entry";

	@Test
	void returnsARejectionFoundAmongTheCausesAsItIs() {
		RejectedFileException rejected = new RejectedFileException("ENCODING", "neither UTF-8 nor GB18030");

		assertThat(Rejections.of(new IllegalStateException("wrapped", rejected))).isSameAs(rejected);
	}

	@Test
	void rejectsAnEncryptedDocumentAsEncrypted() {
		RejectedFileException rejected = Rejections
			.of(new IllegalStateException("x", new EncryptedDocumentException("Default password is invalid")));

		assertThat(rejected.code()).isEqualTo("ENCRYPTED");
		assertThat(rejected.arguments()).isEmpty();
	}

	@Test
	void rejectsAnOldExcelFormatAsOldFormat() {
		RejectedFileException rejected = Rejections
			.of(new OldExcelFormatException("The supplied spreadsheet seems to be Excel 5.0/7.0 (BIFF5)"));

		assertThat(rejected.code()).isEqualTo("OLD_FORMAT");
		assertThat(rejected.arguments()).isEmpty();
	}

	@Test
	void rejectsAZipBombFoundAmongTheCausesNamingPoisMessage() {
		String message = "Zip bomb detected! The file would exceed the max. ratio of compressed file size";

		RejectedFileException rejected = Rejections
			.of(new IllegalStateException("ParseError", new IOException(message)));

		assertThat(rejected.code()).isEqualTo("ZIP_BOMB");
		assertThat(rejected.arguments()).containsExactly(message);
	}

	@Test
	void rejectsAJavaZipDuplicateEntryAsCorrupt() {
		RejectedFileException rejected = Rejections.of(new ZipException("duplicate entry: xl/worksheets/sheet1.xml"));

		assertThat(rejected.code()).isEqualTo("CORRUPT");
		assertThat(rejected.arguments()).containsExactly(DUPLICATE);
	}

	@Test
	void rejectsPoisDuplicateEntryAsCorruptWithoutTheStoredFilesPath() {
		InvalidZipException duplicate = new InvalidZipException(
				"Input file contains more than 1 entry with the name xl/worksheets/sheet1.xml");
		InvalidOperationException cannotOpen = new InvalidOperationException(
				"Can't open the specified file: '/srv/annals/store/2024/a.xlsx'", duplicate);

		RejectedFileException rejected = Rejections.of(new InvalidFormatException(
				"Can't open the specified file: '/srv/annals/store/2024/a.xlsx'", cannotOpen));

		assertThat(rejected.code()).isEqualTo("CORRUPT");
		assertThat(rejected.arguments()).containsExactly(DUPLICATE);
	}

	@Test
	void rejectsAnythingElseAsCorruptWithItsMessage() {
		RejectedFileException rejected = Rejections.of(new IOException("Unexpected end of ZLIB input stream"));

		assertThat(rejected.code()).isEqualTo("CORRUPT");
		assertThat(rejected.arguments()).containsExactly("Unexpected end of ZLIB input stream");
	}

	@Test
	void shortensALongMessageToTwoHundredCharacters() {
		RejectedFileException rejected = Rejections.of(new IllegalArgumentException("错".repeat(250)));

		assertThat(rejected.code()).isEqualTo("CORRUPT");
		assertThat(rejected.arguments()).containsExactly("错".repeat(200) + "…");
	}

}
