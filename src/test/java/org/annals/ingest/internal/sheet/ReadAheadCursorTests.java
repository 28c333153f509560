package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A cursor read ahead on its own thread gives what the cursor gives, in the same order:
 * every sheet and row of every sample-input file, a sheet left before its end, hidden
 * sheets, and failures where the cursor itself would have failed, not where it would not
 * have read.
 */
class ReadAheadCursorTests {

	static Stream<Path> files() throws IOException {
		return Files.walk(Path.of("sample-input"))
			.filter(Files::isRegularFile)
			.filter((file) -> !file.toString().endsWith(".md"))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("files")
	void givesEverySheetAndRowOfTheCursorInOrder(Path file) throws Exception {
		FileFormat format;
		try {
			format = FileFormat.sniff(file, file.getFileName().toString());
		}
		catch (RejectedFileException ex) {
			return; // not a spreadsheet: nothing is read from it
		}
		List<String> direct;
		try (SheetCursor cursor = format.open(file)) {
			direct = everything(cursor);
		}
		catch (RejectedFileException ex) {
			direct = List.of("rejected " + ex.code());
		}
		List<String> ahead;
		try (SheetCursor cursor = new ReadAheadCursor(format.open(file), "test")) {
			ahead = everything(cursor);
		}
		catch (RejectedFileException ex) {
			ahead = List.of("rejected " + ex.code());
		}
		assertThat(ahead).isEqualTo(direct).isNotEmpty();
	}

	private static List<String> everything(SheetCursor cursor) throws IOException {
		List<String> seen = new ArrayList<>();
		while (cursor.nextSheet()) {
			seen.add("sheet " + cursor.sheetName());
			for (SheetRow row = cursor.nextRow(); row != null; row = cursor.nextRow()) {
				seen.add(row.toString());
			}
			assertThat(cursor.nextRow()).isNull();
		}
		seen.add("hidden " + cursor.hiddenSheets());
		return seen;
	}

	@Test
	void manyRowsComeInOrderAndASheetLeftBeforeItsEndIsPassedOver() throws Exception {
		Scripted scripted = new Scripted(List.of(new Sheet("一", 1000, -1), new Sheet("二", 3, -1)), false);
		try (ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test")) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.sheetName()).isEqualTo("一");
			for (int i = 0; i < 300; i++) {
				assertThat(cursor.nextRow().index()).isEqualTo(i);
			}
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.sheetName()).isEqualTo("二");
			assertThat(List.of(cursor.nextRow().index(), cursor.nextRow().index(), cursor.nextRow().index()))
				.containsExactly(0, 1, 2);
			assertThat(cursor.nextRow()).isNull();
			assertThat(cursor.nextSheet()).isFalse();
			assertThat(cursor.nextSheet()).isFalse();
			assertThat(cursor.hiddenSheets()).containsExactly("隐藏");
		}
		assertThat(scripted.closed).isTrue();
	}

	@Test
	void aFailureInASheetBeingReadReachesTheCallerAfterTheRowsBeforeIt() throws Exception {
		Scripted scripted = new Scripted(List.of(new Sheet("一", 500, 400)), false);
		try (ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test")) {
			assertThat(cursor.nextSheet()).isTrue();
			for (int i = 0; i < 400; i++) {
				assertThat(cursor.nextRow().index()).isEqualTo(i);
			}
			assertThatExceptionOfType(RejectedFileException.class).isThrownBy(cursor::nextRow)
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
		}
	}

	@Test
	void aFailureInTheRestOfASheetTheCallerLeftIsPassedOverAsTheCursorWouldNotHaveReadIt() throws Exception {
		Scripted scripted = new Scripted(List.of(new Sheet("一", 500, 400), new Sheet("二", 2, -1)), false);
		try (ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test")) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.nextRow().index()).isZero();
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.sheetName()).isEqualTo("二");
			assertThat(cursor.nextRow().index()).isZero();
		}
	}

	@Test
	void aFailureMovingToTheNextSheetReachesTheCallerThereAndAgainAfter() throws Exception {
		Scripted scripted = new Scripted(List.of(new Sheet("一", 2, -1)), true);
		try (ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test")) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.nextRow()).isNotNull();
			assertThat(cursor.nextRow()).isNotNull();
			assertThat(cursor.nextRow()).isNull();
			assertThatExceptionOfType(IOException.class).isThrownBy(cursor::nextSheet).withMessage("盘坏了");
			assertThatExceptionOfType(IOException.class).isThrownBy(cursor::nextSheet).withMessage("盘坏了");
		}
	}

	@Test
	void anErrorOnTheThreadReachesTheCallerAsItself() throws Exception {
		Scripted scripted = new Scripted(List.of(new Sheet("一", 10, -2)), false);
		try (ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test")) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThatExceptionOfType(StackOverflowError.class).isThrownBy(() -> {
				while (cursor.nextRow() != null) {
					// to the failure
				}
			});
		}
	}

	@Test
	void closingMidSheetStopsTheThreadAndClosesTheCursor() throws Exception {
		Scripted scripted = new Scripted(List.of(new Sheet("一", 1_000_000, -1)), false);
		ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test");
		assertThat(cursor.nextSheet()).isTrue();
		assertThat(cursor.nextRow()).isNotNull();
		cursor.close();
		assertThat(scripted.closed).isTrue();
		assertThat(scripted.readAfterClose).isFalse();
		assertThat(scripted.rowsRead).isLessThan(10_000);
	}

	@Test
	void holdsFewRowsAheadWhenTheyAreLongSoThatLongRowsCannotFillTheMemory() throws Exception {
		// issue 19 point 4: a thousand rows of a megabyte each would be held at 128 a
		// batch
		String text = "长".repeat(40_000);
		Scripted scripted = new Scripted(List.of(new Sheet("一", 10_000, -1)), false, text);
		try (ReadAheadCursor cursor = new ReadAheadCursor(scripted, "test")) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.nextRow().text(0)).isEqualTo(text);
			int read;
			do {
				read = scripted.rowsRead;
				Thread.sleep(300);
			}
			while (read != scripted.rowsRead);

			// batches of two rows (80 000 characters): eight waiting, one being made, one
			// taken
			assertThat(scripted.rowsRead).isLessThanOrEqualTo(2 * (8 + 2) + 1);
		}
	}

	/**
	 * A sheet of a scripted cursor: its rows, and the row whose reading fails (−1: none;
	 * −2: a StackOverflowError at the first row).
	 */
	private record Sheet(String name, int rows, int failAt) {
	}

	private static final class Scripted implements SheetCursor {

		private final List<Sheet> sheets;

		private final boolean failAfterLast;

		private int sheet = -1;

		private int row;

		volatile boolean closed;

		volatile boolean readAfterClose;

		volatile int rowsRead;

		private final AtomicBoolean reading = new AtomicBoolean();

		private final String text;

		Scripted(List<Sheet> sheets, boolean failAfterLast) {
			this(sheets, failAfterLast, "x");
		}

		Scripted(List<Sheet> sheets, boolean failAfterLast, String text) {
			this.sheets = sheets;
			this.failAfterLast = failAfterLast;
			this.text = text;
		}

		@Override
		public boolean nextSheet() throws IOException {
			check();
			this.sheet++;
			this.row = 0;
			if (this.sheet >= this.sheets.size() && this.failAfterLast) {
				throw new IOException("盘坏了");
			}
			return this.sheet < this.sheets.size();
		}

		@Override
		public String sheetName() {
			return this.sheets.get(this.sheet).name();
		}

		@Override
		public SheetRow nextRow() {
			check();
			Sheet current = this.sheets.get(this.sheet);
			if (current.failAt() == -2) {
				throw new StackOverflowError();
			}
			if (this.row == current.failAt()) {
				throw new RejectedFileException("CORRUPT", "损坏", "损坏");
			}
			if (this.row >= current.rows()) {
				return null;
			}
			this.rowsRead++;
			return new SheetRow(this.row++, List.of(new Cell(0, this.text, Cell.Kind.TEXT, null)));
		}

		private void check() {
			if (this.closed) {
				this.readAfterClose = true;
			}
		}

		@Override
		public List<String> hiddenSheets() {
			return List.of("隐藏");
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
