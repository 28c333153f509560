package org.annals.ingest.internal.sheet;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.zip.ZipException;

import org.annals.support.Messages;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/**
 * Turns what a reader library throws on a bad file into a rejection with a reason people
 * can act on.
 */
final class Rejections {

	private Rejections() {
	}

	static RejectedFileException of(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof RejectedFileException rejected) {
				return rejected;
			}
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("MAX_ENTRY_SIZE")
					|| message.contains("max text size") || message.contains("MinInflateRatio")) {
				return ZipBombs.rejection(message);
			}
			if (t instanceof EncryptedDocumentException) {
				return new RejectedFileException("ENCRYPTED", message);
			}
			if (t instanceof OldExcelFormatException) {
				return new RejectedFileException("OLD_FORMAT", message);
			}
			if (message.contains("duplicate entry") || message.contains("Duplicate")
					|| message.contains("more than 1 entry with the name")) {
				return new RejectedFileException("CORRUPT", message, Messages.both(" / ", "ingest.zip.duplicateEntry"));
			}
		}
		String detail = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		return new RejectedFileException("CORRUPT", detail, shorten(String.valueOf(ex.getMessage())));
	}

	static RejectedFileException of(IOException ex) {
		return of((Throwable) ex);
	}

	/**
	 * Whether an {@link IOException} a library threw while taking a stored file apart
	 * says the file's content is bad (a zip entry cut short or damaged, XML in an
	 * encoding that does not exist or bytes that are not in it), rather than that the
	 * file could not be read, which is left for the next run.
	 * @param ex the exception
	 * @return whether it is about the content
	 */
	static boolean isContent(IOException ex) {
		if (ex instanceof ZipException || ex instanceof EOFException || ex instanceof CharConversionException
				|| ex instanceof UnsupportedEncodingException) {
			return true;
		}
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof org.apache.xmlbeans.XmlException || t instanceof org.xml.sax.SAXException
					|| t instanceof javax.xml.stream.XMLStreamException) {
				return true;
			}
		}
		return false;
	}

	private static String shorten(String message) {
		return (message.length() > 200) ? message.substring(0, 200) + "…" : message;
	}

}
