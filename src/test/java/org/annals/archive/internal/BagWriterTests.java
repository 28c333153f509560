package org.annals.archive.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.annals.archive.BagVerifier;
import org.annals.support.DurableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names in our bags: NFC, Chinese kept, separators and control characters made safe, and
 * {@code %}, CR and LF percent-encoded in the manifests as RFC 8493 says.
 */
class BagWriterTests {

	@TempDir
	Path folder;

	@Test
	void oddNamesAreKeptSafeEncodedAndStillVerify() throws Exception {
		String decomposed = Normalizer.normalize("résumé", Normalizer.Form.NFD);
		List<BagWriter.Entry> entries = List.of(
				new BagWriter.Entry("originals/统计\"年鉴;.csv", (out) -> out.write("a".getBytes(StandardCharsets.UTF_8))),
				new BagWriter.Entry("odd/100%\nline.txt", (out) -> out.write("b".getBytes(StandardCharsets.UTF_8))),
				new BagWriter.Entry("odd/" + decomposed + ".txt",
						(out) -> out.write("c".getBytes(StandardCharsets.UTF_8))),
				new BagWriter.Entry("../escape/\u0000nul.txt",
						(out) -> out.write("d".getBytes(StandardCharsets.UTF_8))));
		Path bag = new BagWriter(new DurableFiles())
			.write(this.folder.resolve("bag"), entries, Map.of("Source-Organization", "测试"), (f) -> {
			})
			.folder();
		assertThat(bag.resolve("data/originals/统计\"年鉴;.csv")).hasContent("a");
		assertThat(bag.resolve("data/odd/100%\nline.txt")).hasContent("b");
		assertThat(bag.resolve("data/odd/" + Normalizer.normalize("résumé", Normalizer.Form.NFC) + ".txt"))
			.hasContent("c");
		assertThat(bag.resolve("data/escape/_nul.txt")).hasContent("d");
		String manifest = Files.readString(bag.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8);
		assertThat(manifest).contains("  data/odd/100%25%0Aline.txt\n").contains("  data/originals/统计\"年鉴;.csv\n");
		assertThat(bag.resolve("bag-info.txt")).content(StandardCharsets.UTF_8).contains("Payload-Oxum: 4.4");
		BagVerifier.Verification verification = new BagVerifier().verify(bag);
		assertThat(verification.errors()).isEmpty();
		assertThat(verification.valid()).isTrue();
	}

	/** Issue 19 point 12: a bag-info.txt value cannot forge a line. */
	@Test
	void aBagInfoValueWithLineBreaksStaysOnItsLineAndTheBagVerifies() throws Exception {
		Map<String, String> info = new java.util.LinkedHashMap<>();
		info.put("Source-Organization", "测试\rPayload-Oxum: 1.1");
		info.put("External-Identifier", "x\r\nPayload-Oxum: 1.1\nContact-Name: forged\u2028Contact-Email: x@y");
		info.put("Annals-Label", "x\u0085Payload-Oxum: 1.1");
		Path bag = new BagWriter(new DurableFiles()).write(this.folder.resolve("bag"),
				List.of(new BagWriter.Entry("a.txt", (out) -> out.write("a".getBytes(StandardCharsets.UTF_8)))), info,
				(f) -> {
				})
			.folder();
		List<String> lines = Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8);
		assertThat(lines).containsExactly("Source-Organization: 测试 Payload-Oxum: 1.1",
				"External-Identifier: x  Payload-Oxum: 1.1 Contact-Name: forged Contact-Email: x@y",
				"Annals-Label: x Payload-Oxum: 1.1", "Payload-Oxum: 1.1");
		BagVerifier.Verification verification = new BagVerifier().verify(bag);
		assertThat(verification.errors()).isEmpty();
		assertThat(verification.valid()).isTrue();
	}

}
