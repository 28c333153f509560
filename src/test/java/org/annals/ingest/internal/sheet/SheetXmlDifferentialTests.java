package org.annals.ingest.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The own reader of a sheet's XML ({@link Utf8SheetXml}) against the StAX parser
 * ({@link StaxSheetXml}) on thousands of generated sheets and mutations of them, from a
 * fixed seed (issue 19 point 13, RELIABILITY #33): both read the same cells, or both
 * refuse the sheet.
 */
class SheetXmlDifferentialTests {

	private static final long SEED = 20261207;

	/** Where a transcript ends when its reader refused the sheet. */
	static final String REFUSED = "\u0000refused: ";

	@Test
	void readsTheSameCellsAsTheStaxParserOrBothRefuseOnGeneratedAndMutatedSheets() throws IOException {
		Random random = new Random(SEED);
		Mutator mutator = new Mutator(SEED);
		List<String> disagreements = new ArrayList<>();
		int bothRead = 0;
		int bothRefused = 0;
		int oneRefused = 0;
		byte[] previous = new byte[0];
		for (int i = 0; i < 3000; i++) {
			byte[] sheet = small(random).getBytes(StandardCharsets.UTF_8);
			byte[] input = (i % 2 == 0) ? sheet : mutator.mutate(sheet, previous);
			previous = sheet;
			String own = transcript(input, false);
			String stax = transcript(input, true);
			boolean ownRefused = own.contains(REFUSED);
			boolean staxRefused = stax.contains(REFUSED);
			if (ownRefused && staxRefused) {
				bothRefused++;
			}
			else if (own.equals(stax)) {
				bothRead++;
			}
			else if ((ownRefused || staxRefused) && readTheSameBefore(own, stax)) {
				oneRefused++;
			}
			else {
				disagreements.add("case " + i + ": own " + shorten(own) + " / stax " + shorten(stax) + " / input "
						+ new String(input, StandardCharsets.UTF_8));
			}
		}
		assertThat(disagreements).isEmpty();
		assertThat(bothRead).isGreaterThan(1500);
		assertThat(bothRefused).isGreaterThan(100);
		// the own reader passes over unchecked what no cell depends on, and is stricter
		// about UTF-8 (its Javadoc says what): where only one refuses, both read the
		// same cells up to where it stopped
		assertThat(oneRefused).isLessThan(bothRefused);
	}

	/**
	 * Whether the cells read before the one reader refused are the other's first cells.
	 */
	private static boolean readTheSameBefore(String own, String stax) {
		String refused = own.contains(REFUSED) ? own : stax;
		String other = own.contains(REFUSED) ? stax : own;
		String before = refused.substring(0, refused.indexOf(REFUSED));
		// the piece being read when it stopped may be cut short; what came before may not
		int lastPiece = Math.max(before.lastIndexOf(" c "),
				Math.max(before.lastIndexOf(" ["), before.lastIndexOf('|')));
		return other.startsWith(before.substring(0, Math.max(lastPiece, 0)));
	}

	/** A sheet of a few rows, each piece written one of several ways. */
	private static String small(Random random) {
		String sheet = Utf8SheetXmlTests.randomSheet(random);
		// the generator writes a few hundred rows; a few are enough, and keep a case
		// small
		int end = sheet.indexOf("</row>", sheet.indexOf("<sheetData>") + random.nextInt(2000));
		if (end < 0) {
			end = sheet.indexOf("</x:row>", sheet.indexOf("sheetData>") + random.nextInt(2000));
		}
		if (end < 0) {
			return sheet;
		}
		String closing = sheet.contains("<x:worksheet") ? "</x:row></x:sheetData></x:worksheet>"
				: "</row></sheetData></worksheet>";
		return sheet.substring(0, end) + closing;
	}

	/**
	 * What the xlsx cursor takes from a sheet's XML, in order: each row's number, each
	 * cell's column, type and style, and the texts of its values, formulas and text runs;
	 * where the reader refused the sheet, {@link #REFUSED} and why.
	 */
	static String transcript(byte[] xml, boolean stax) {
		StringBuilder out = new StringBuilder();
		try (SheetXml sheet = stax ? new StaxSheetXml(new ByteArrayInputStream(xml))
				: Utf8SheetXml.open(new ByteArrayInputStream(xml), "表1")) {
			int event;
			while ((event = sheet.next()) != SheetXml.DONE) {
				if (event != SheetXml.START) {
					out.append(sheet.element() == SheetXml.ROW ? "|" : "");
					continue;
				}
				switch (sheet.element()) {
					case SheetXml.ROW -> out.append("row ").append(sheet.rowNumber()).append(':');
					case SheetXml.CELL -> out.append(" c ")
						.append(sheet.cellColumn())
						.append(',')
						.append(sheet.cellType())
						.append(',')
						.append(sheet.cellStyle());
					case SheetXml.VALUE, SheetXml.FORMULA, SheetXml.TEXT ->
						out.append(" [").append(sheet.elementText()).append(']');
					case SheetXml.PHONETIC -> out.append(" rPh");
					default -> {
						// nothing else is read
					}
				}
			}
			return out.toString();
		}
		catch (IOException | RejectedFileException ex) {
			return out + REFUSED + ex.getMessage();
		}
	}

	private static String shorten(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
