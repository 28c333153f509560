package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reader-side cases of RELIABILITY.md that need more than one small file: a gigabyte
 * zip bomb and a million shared strings read in a JVM held to a small heap, external
 * entities that must neither read a file nor open a connection, and OLE2 garbage.
 */
class ReaderReliabilityTests {

	@TempDir
	Path dir;

	/**
	 * RELIABILITY #7: an xlsx whose sheet unzips to about 1 GB from about 1.5 MB is
	 * refused before it is read, in a JVM of 64 MiB heap that stops at an
	 * OutOfMemoryError, and the next file is read.
	 */
	@Test
	void refusesAGigabyteZipBombInASmallHeapAndReadsTheNextFile() throws Exception {
		Path bomb = this.dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.setLevel(9);
			entry(zip, "[Content_Types].xml", SheetTestFiles.CONTENT_TYPES);
			entry(zip, "_rels/.rels", SheetTestFiles.ROOT_RELS);
			entry(zip, "xl/workbook.xml", SheetTestFiles.WORKBOOK);
			entry(zip, "xl/_rels/workbook.xml.rels", SheetTestFiles.WORKBOOK_RELS);
			entry(zip, "xl/sharedStrings.xml", SheetTestFiles.NO_SHARED_STRINGS);
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(SheetTestFiles.SHEET_START.getBytes(StandardCharsets.UTF_8));
			byte[] rows = "<row/>".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 170; i++) {
				zip.write(rows);
			}
			zip.write(SheetTestFiles.SHEET_END.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(Files.size(bomb)).isLessThan(2L << 20);

		List<String> out = readInJvm("-Xmx64m", bomb, SheetTestFiles.fixture("csv-utf8.csv"));

		assertThat(out).containsExactly("REJECTED ZIP_BOMB", "READ 12");
	}

	/**
	 * RELIABILITY #19: a workbook of a million distinct shared strings, each used once,
	 * is read to its end in a JVM of 512 MiB heap that stops at an OutOfMemoryError.
	 */
	@Test
	void readsAMillionSharedStringsInHalfAGigabyteOfHeap() throws Exception {
		int strings = 1_000_000;
		Path book = SheetTestFiles.sharedStringsWorkbook(this.dir.resolve("strings.xlsx"), strings);

		assertThat(readInJvm("-Xmx512m", book)).containsExactly("READ " + strings);
	}

	/**
	 * RELIABILITY #8: an external entity, to a file or to a local HTTP server, in any XML
	 * part of an xlsx or a docx, is refused; the file's content is in no cell or message,
	 * and nothing connects to the server.
	 */
	@Test
	void refusesExternalEntitiesInEveryPartWithoutReadingAFileOrOpeningAConnection() throws Exception {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "CANARY-8f2c", StandardCharsets.UTF_8);
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			AtomicInteger connections = new AtomicInteger();
			Thread listener = listen(server, connections);
			List<Path> files = new ArrayList<>();
			for (String target : List.of(secret.toUri().toString(),
					"http://127.0.0.1:" + server.getLocalPort() + "/x")) {
				String doctype = "<!DOCTYPE r [<!ENTITY e SYSTEM \"" + target + "\">]>";
				files.addAll(withEntity(doctype, files.size()));
			}

			for (Path file : files) {
				assertThatExceptionOfType(RejectedFileException.class).as("%s", file.getFileName())
					.isThrownBy(() -> SheetTestFiles.readAll(file))
					.satisfies((ex) -> assertThat(ex.getMessage() + List.of(ex.arguments())).doesNotContain("CANARY"));
			}
			listener.interrupt();
			listener.join(TimeUnit.SECONDS.toMillis(5));
			assertThat(connections).hasValue(0);
		}
	}

	/**
	 * RELIABILITY #17: an OLE2 container whose sectors are garbage is refused as damaged.
	 */
	@Test
	void refusesOle2GarbageAsCorrupt() throws IOException {
		byte[] bytes = new byte[8192];
		new Random(17).nextBytes(bytes);
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, bytes, 0, magic.length);
		Path file = Files.write(this.dir.resolve("ole2-garbage.xls"), bytes);

		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> SheetTestFiles.readAll(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
	}

	/**
	 * The entity referred to in a sheet, the shared strings, the workbook, the styles and
	 * a Word body.
	 */
	private List<Path> withEntity(String doctype, int n) throws IOException {
		String decl = SheetTestFiles.XML_DECLARATION;
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		Path base = SheetTestFiles.xlsx(
				this.dir.resolve("base-" + n + ".xlsx"), SheetTestFiles.SHEET_START
						+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + SheetTestFiles.SHEET_END,
				decl + "<sst xmlns=\"" + main + "\"><si><t>x</t></si></sst>");
		List<Path> files = new ArrayList<>();
		files
			.add(SheetTestFiles.rewriteEntry(base, this.dir.resolve("sheet-" + n + ".xlsx"), "xl/worksheets/sheet1.xml",
					(xml) -> xml.replace(decl, decl + doctype).replace("<sheetData>", "<sheetData>&e;")));
		files.add(SheetTestFiles.rewriteEntry(base, this.dir.resolve("strings-" + n + ".xlsx"), "xl/sharedStrings.xml",
				(xml) -> xml.replace(decl, decl + doctype).replace("<t>x</t>", "<t>&e;</t>")));
		files.add(SheetTestFiles.rewriteEntry(base, this.dir.resolve("workbook-" + n + ".xlsx"), "xl/workbook.xml",
				(xml) -> xml.replace(decl, decl + doctype).replace("<sheets>", "<sheets>&e;")));
		Path docx = ReadLimitsTests.docx(this.dir.resolve("doc-base-" + n + ".docx"), "2022年1月1日　XX");
		files.add(SheetTestFiles.rewriteEntry(docx, this.dir.resolve("doc-" + n + ".docx"), "word/document.xml",
				(xml) -> xml.replaceFirst("\\\\?>", "?>" + doctype).replace("XX", "&e;")));
		return files;
	}

	private static Thread listen(ServerSocket server, AtomicInteger connections) throws IOException {
		server.setSoTimeout(200);
		Thread thread = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try (Socket socket = server.accept()) {
					connections.incrementAndGet();
				}
				catch (SocketTimeoutException ex) {
					// look again
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "xxe-listener");
		thread.start();
		return thread;
	}

	private static List<String> readInJvm(String heap, Path... files) throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-XX:+ExitOnOutOfMemoryError",
				"-cp", System.getProperty("java.class.path"), ReadFiles.class.getName()));
		for (Path file : files) {
			command.add(file.toString());
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(false)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
			.filter((line) -> line.startsWith("READ ") || line.startsWith("REJECTED "))
			.toList();
		assertThat(process.waitFor()).as("exit code (3: out of memory)").isZero();
		return out;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
