package org.annals.ingest.internal.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer's fuzz targets over the readers (RELIABILITY #33, issue 19 point 13). In a
 * normal build they run in Jazzer's regression mode: each target once on every input kept
 * under {@code SheetReaderFuzzTestsInputs/<target>/} in the test resources (the fixtures
 * they are seeded with, and every input a fuzzing run found a defect with). With
 * {@code JAZZER_FUZZ=1} one target fuzzes for its {@code maxDuration}, and a defect's
 * input is written where regression mode will find it: {@code ops/FUZZING.md} says how.
 * {@link SheetReaderMutationTests} fuzzes every target for a few seconds in every build.
 */
class SheetReaderFuzzTests {

	@FuzzTest(maxDuration = "20m")
	void xlsx(byte[] data) {
		FuzzTargets.readFile(data, "fuzz.xlsx");
	}

	@FuzzTest(maxDuration = "20m")
	void workbookParts(byte[] data) {
		FuzzTargets.readWorkbookParts(data);
	}

	@FuzzTest(maxDuration = "20m")
	void xls(byte[] data) {
		FuzzTargets.readFile(data, "fuzz.xls");
	}

	@FuzzTest(maxDuration = "20m")
	void csv(byte[] data) {
		FuzzTargets.readFile(data, "fuzz.csv");
	}

	@FuzzTest(maxDuration = "20m")
	void docx(byte[] data) {
		FuzzTargets.readFile(data, "fuzz.docx");
	}

	@FuzzTest(maxDuration = "20m")
	void documentBody(byte[] data) {
		FuzzTargets.readDocumentBody(data);
	}

	@FuzzTest(maxDuration = "20m")
	void sheetXml(byte[] data) {
		FuzzTargets.readSheetXml(data);
	}

}
