package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, judged from its bytes, never from its name.
 */
public enum FileFormat {

	/** Office Open XML workbook. */
	XLSX,
	/** BIFF8 workbook (Excel 97–2003). */
	XLS,
	/** Delimited text. */
	CSV,
	/** Office Open XML word-processing document. */
	DOCX;

	/**
	 * Judges a file from its bytes.
	 * @param file the file
	 * @param originalName the name it was sent under, only for messages
	 * @return the format
	 * @throws IOException when the file cannot be read
	 * @throws RejectedFileException when it is no format Annals reads
	 */
	public static FileFormat sniff(Path file, String originalName) throws IOException {
		if (Files.size(file) == 0) {
			throw new RejectedFileException("EMPTY_FILE", "0 bytes");
		}
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		return switch (magic) {
			case OOXML -> ooxml(file);
			case OLE2 -> ole2(file);
			case HTML, XML -> throw new RejectedFileException("HTML_TABLE", magic.name());
			case BIFF2, BIFF3, BIFF4 -> throw new RejectedFileException("OLD_FORMAT", magic.name());
			case UNKNOWN -> text(originalName);
			default -> throw new RejectedFileException("UNSUPPORTED_FORMAT", magic.name(), magic.name());
		};
	}

	private static FileFormat text(String originalName) {
		String lower = originalName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".docx")) {
			throw new RejectedFileException("NOT_A_WORKBOOK", "text content", originalName);
		}
		return CSV;
	}

	private static FileFormat ooxml(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry workbook = zip.getEntry("xl/workbook.xml");
			if (workbook != null) {
				return XLSX;
			}
			if (zip.getEntry("word/document.xml") != null) {
				return DOCX;
			}
			throw new RejectedFileException("UNSUPPORTED_FORMAT", "zip without a workbook", "ZIP");
		}
		catch (IOException ex) {
			// a zip whose directory is cut short can throw EOFException rather than
			// ZipException
			if (Rejections.isContent(ex)) {
				throw new RejectedFileException("CORRUPT", ex.getMessage(), String.valueOf(ex.getMessage()));
			}
			throw ex;
		}
	}

	private static FileFormat ole2(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw new RejectedFileException("ENCRYPTED", "OOXML encrypted in OLE2");
			}
			if (root.hasEntryCaseInsensitive("Workbook")) {
				return XLS;
			}
			if (root.hasEntryCaseInsensitive("Book")) {
				throw new RejectedFileException("OLD_FORMAT", "BIFF5");
			}
			throw new RejectedFileException("UNSUPPORTED_FORMAT", "OLE2 without a workbook", "OLE2");
		}
		catch (RejectedFileException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new RejectedFileException("CORRUPT", String.valueOf(ex.getMessage()),
					String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Opens a cursor over a file of this format.
	 * @param file the file
	 * @return the cursor
	 * @throws IOException when the file cannot be read
	 */
	public SheetCursor open(Path file) throws IOException {
		return open(file, ReadLimits.DEFAULTS);
	}

	/**
	 * Opens a cursor over a file of this format that reads it within limits.
	 * @param file the file
	 * @param limits what the cursor takes in at most before it refuses the file
	 * @return the cursor
	 * @throws IOException when the file cannot be read
	 * @throws RejectedFileException when the file is not acceptable
	 */
	public SheetCursor open(Path file, ReadLimits limits) throws IOException {
		return open(file, limits, Reading.DEFAULTS);
	}

	/**
	 * Opens a cursor over a file of this format that reads it within limits, in a chosen
	 * way.
	 * @param file the file
	 * @param limits what the cursor takes in at most before it refuses the file
	 * @param reading how: which reader takes a workbook's sheet XML apart
	 * @return the cursor
	 * @throws IOException when the file cannot be read
	 * @throws RejectedFileException when the file is not acceptable
	 */
	public SheetCursor open(Path file, ReadLimits limits, Reading reading) throws IOException {
		return switch (this) {
			case XLSX -> new XlsxSheetCursor(file, limits, reading.sheetXml() == Reading.XmlReader.STAX);
			case XLS -> new XlsSheetCursor(file, limits);
			case CSV -> new CsvSheetCursor(file, limits);
			case DOCX -> new DocxSheetCursor(file, limits);
		};
	}

}
