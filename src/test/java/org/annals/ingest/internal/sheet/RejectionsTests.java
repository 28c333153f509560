package org.annals.ingest.internal.sheet;

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
		assertThat(rejected.arguments()).containsExactly(message, message);
	}

	@Test
	void aZipBombNamesTheRatioLimitItCrossedInChineseAndEnglish() {
		// issue 20: POI's message, as ZipArchiveThresholdInputStream writes it
		String message = "Zip bomb detected! The file would exceed the max. ratio of compressed file size to the size of "
				+ "the expanded data.\nThis may indicate that the file is used to inflate memory usage and thus could "
				+ "pose a security risk.\nYou can adjust this limit via ZipSecureFile.setMinInflateRatio() if you need to "
				+ "work with files which exceed this limit.\nUncompressed size: 1048577, Raw/compressed size: 1024, "
				+ "ratio: 0.000977\nLimits: MIN_INFLATE_RATIO: 0.010000, Entry: xl/worksheets/sheet1.xml";

		RejectedFileException rejected = Rejections.of(new IOException(message));

		assertThat(rejected.code()).isEqualTo("ZIP_BOMB");
		assertThat(rejected.arguments()).containsExactly(
				"“xl/worksheets/sheet1.xml”压缩后 1024 字节，解压到 1048577 字节时压缩比为 0.0977%，低于下限 1%（POI ZipSecureFile 最小压缩比）",
				"part \"xl/worksheets/sheet1.xml\" of 1024 bytes inflated to 1048577 bytes, a compression ratio of "
						+ "0.0977%, below the limit of 1% (POI ZipSecureFile minimum inflate ratio)");
	}

	@Test
	void aZipBombNamesTheSizeLimitItCrossed() {
		String message = "Zip bomb detected! The file would exceed the max size of the expanded data in the zip-file.\n"
				+ "Uncompressed size: 4294967296, Raw/compressed size: 9000000\nLimits: MAX_ENTRY_SIZE: 4294967295, "
				+ "Entry: xl/sharedStrings.xml";

		RejectedFileException rejected = Rejections.of(new IOException(message));

		assertThat(rejected.arguments()).containsExactly(
				"“xl/sharedStrings.xml”解压后超过 4294967296 字节，超过单个条目上限 4294967295 字节（POI ZipSecureFile 最大条目大小）",
				"part \"xl/sharedStrings.xml\" inflated beyond 4294967296 bytes, over the limit of 4294967295 bytes per "
						+ "part (POI ZipSecureFile maximum entry size)");
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
