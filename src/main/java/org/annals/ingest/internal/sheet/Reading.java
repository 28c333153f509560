package org.annals.ingest.internal.sheet;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How files are read: with the speed devices that earn their place in the benchmark
 * ({@code ops/bench/RESULTS.md}, the rows "plain sheet XML", "no sheet read-ahead" and
 * "no row read-ahead"), or plainly, each device switched off on its own. Both ways give
 * the same outcomes, file for file (the differential tests run both); the plain way is
 * there to compare against and to fall back on.
 *
 * @param sheetXml which reader takes a workbook's sheet XML apart: {@code own}, a reader
 * of its UTF-8 bytes for what cells need (by default), or {@code stax}, the JDK's
 * standard StAX parser
 * @param sheetAhead whether a file's bytes are taken apart on a thread of their own, a
 * few rows ahead of the thread that interprets them (by default), or on that same thread
 * @param rowsAhead whether a file's rows are interpreted on a thread of their own, ahead
 * of the step that writes them to the database (by default), or by that step itself
 */
public record Reading(@DefaultValue("own") XmlReader sheetXml, @DefaultValue("true") Boolean sheetAhead,
		@DefaultValue("true") Boolean rowsAhead) {

	/** The defaults: every device on. */
	public static final Reading DEFAULTS = new Binder().bindOrCreate("annals.ingest.reading", Reading.class);

	/** Every device off: the standard parser, one thread. */
	public static final Reading PLAIN = new Reading(XmlReader.STAX, false, false);

	public Reading {
		sheetXml = (sheetXml != null) ? sheetXml : XmlReader.OWN;
		sheetAhead = (sheetAhead != null) ? sheetAhead : Boolean.TRUE;
		rowsAhead = (rowsAhead != null) ? rowsAhead : Boolean.TRUE;
	}

	/** The readers of a sheet's XML. */
	public enum XmlReader {

		/** {@link Utf8SheetXml}: a UTF-8 sheet's bytes read for what its cells need. */
		OWN,

		/** {@link StaxSheetXml}: the JDK's StAX parser. */
		STAX

	}

}
