package org.annals.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.archive.BagVerifier;
import org.annals.support.DurableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BagVerifierTests {

	@TempDir
	Path temp;

	private final BagVerifier verifier = new BagVerifier();

	private Path goodBag() throws IOException {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("data/f.csv", "abcd");
		payload.put("data/x/g.csv", "efgh");
		payload.put("data/y.txt", "ijkl");
		return BagFixtures.bag(this.temp.resolve("bag"), payload);
	}

	@Test
	void aGoodBagVerifiesWithNothingToSay() throws IOException {
		assertThat(this.verifier.verify(goodBag())).isEqualTo(new BagVerifier.Verification(true, List.of(), List.of()));
	}

	@Test
	void oneByteChangedInAPayloadFileNamesTheFile() throws IOException {
		Path bag = goodBag();
		String sha256 = BagFixtures.hash("sha256", bag.resolve("data/f.csv"));
		String sha512 = BagFixtures.hash("sha512", bag.resolve("data/f.csv"));
		Files.writeString(bag.resolve("data/f.csv"), "abce");
		BagVerifier.Verification verification = this.verifier.verify(bag);
		assertThat(verification.valid()).isFalse();
		assertThat(verification.errors()).containsExactly(
				new BagVerifier.Problem("data/f.csv",
						"sha256 mismatch: expected " + sha256 + ", found "
								+ BagFixtures.hash("sha256", bag.resolve("data/f.csv"))),
				new BagVerifier.Problem("data/f.csv", "sha512 mismatch: expected " + sha512 + ", found "
						+ BagFixtures.hash("sha512", bag.resolve("data/f.csv"))));
		assertThat(verification.warnings()).isEmpty();
	}

	@Test
	void aDeletedFileIsMissingFromEveryManifestAndFromTheOxum() throws IOException {
		Path bag = goodBag();
		Files.delete(bag.resolve("data/x/g.csv"));
		assertThat(this.verifier.verify(bag).errors()).containsExactly(
				new BagVerifier.Problem("data/x/g.csv", "listed in manifest-sha256.txt but missing"),
				new BagVerifier.Problem("data/x/g.csv", "listed in manifest-sha512.txt but missing"),
				new BagVerifier.Problem("bag-info.txt", "Payload-Oxum 12.3 does not match 8.2"));
	}

	@Test
	void anExtraFileIsInNoManifestAndNotInTheOxum() throws IOException {
		Path bag = goodBag();
		Files.writeString(bag.resolve("data/x/extra.csv"), "mnop");
		assertThat(this.verifier.verify(bag).errors()).containsExactly(
				new BagVerifier.Problem("data/x/extra.csv", "present but not in manifest-sha256.txt"),
				new BagVerifier.Problem("data/x/extra.csv", "present but not in manifest-sha512.txt"),
				new BagVerifier.Problem("bag-info.txt", "Payload-Oxum 12.3 does not match 16.4"));
	}

	@Test
	void aCorruptTagFileIsCaughtByTheTagManifest() throws IOException {
		Path bag = goodBag();
		String listed = BagFixtures.hash("sha256", bag.resolve("bag-info.txt"));
		Files.writeString(bag.resolve("bag-info.txt"), "Contact-Name: someone\n", StandardOpenOption.APPEND);
		assertThat(this.verifier.verify(bag).errors())
			.containsExactly(new BagVerifier.Problem("bag-info.txt", "sha256 mismatch: expected " + listed + ", found "
					+ BagFixtures.hash("sha256", bag.resolve("bag-info.txt"))));
	}

	@Test
	void aWrongPayloadOxumIsAnError() throws IOException {
		Path bag = goodBag();
		Files.writeString(bag.resolve("bag-info.txt"), "Payload-Oxum: 10.2\n");
		BagFixtures.writeTagManifest(bag);
		assertThat(this.verifier.verify(bag)).isEqualTo(new BagVerifier.Verification(false,
				List.of(new BagVerifier.Problem("bag-info.txt", "Payload-Oxum 10.2 does not match 12.3")), List.of()));
	}

	@Test
	void percentCarriageReturnLineFeedAndChineseNamesVerify() throws IOException {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("data/增长100%.csv", "1");
		payload.put("data/a\rb.txt", "2");
		payload.put("data/line\nbreak.txt", "3");
		payload.put("data/年鉴/2023年统计公报.xlsx", "4");
		payload.put("data/年鉴/Z\u00fcrich会议纪要.txt", "5");
		assertThat(payload.keySet()).allMatch((name) -> Normalizer.isNormalized(name, Normalizer.Form.NFC));
		Path bag = BagFixtures.bag(this.temp.resolve("bag"), payload);
		assertThat(Files.readString(bag.resolve("manifest-sha256.txt"))).contains("  data/增长100%25.csv\n")
			.contains("  data/a%0Db.txt\n")
			.contains("  data/line%0Abreak.txt\n")
			.contains("  data/年鉴/2023年统计公报.xlsx\n")
			.contains("  data/年鉴/Z\u00fcrich会议纪要.txt\n");
		assertThat(this.verifier.verify(bag)).isEqualTo(new BagVerifier.Verification(true, List.of(), List.of()));
	}

	@Test
	void aNameStoredInNfdButListedInNfcVerifiesWithAWarning() throws IOException {
		String nfc = "data/Z\u00fcrich会议纪要.txt";
		String nfd = "data/Zu\u0308rich会议纪要.txt";
		Path bag = BagFixtures.bag(this.temp.resolve("bag"), Map.of(nfc, "纪要"));
		Files.move(bag.resolve(nfc), bag.resolve(nfd));
		assertThat(this.verifier.verify(bag)).isEqualTo(
				new BagVerifier.Verification(true, List.of(),
						List.of(new BagVerifier.Problem(nfd, "and " + nfc
								+ " differ only in Unicode normalization (not NFC and "
								+ "NFC); they are one file on macOS, so the bag does not travel there intact"))));
	}

	@Test
	void aFileLargerThanTheBufferIsHashedToItsLastByte() throws IOException {
		Path bag = BagFixtures.bag(this.temp.resolve("bag"), Map.of("data/large.csv", "年鉴,".repeat(50_000)));
		Path large = bag.resolve("data/large.csv");
		String listed = BagFixtures.hash("sha256", large);
		byte[] bytes = Files.readAllBytes(large);
		bytes[bytes.length - 1] = ';';
		Files.write(large, bytes);
		assertThat(this.verifier.verify(bag).errors()).first()
			.isEqualTo(new BagVerifier.Problem("data/large.csv",
					"sha256 mismatch: expected " + listed + ", found " + BagFixtures.hash("sha256", large)));
	}

	@Test
	void aSymbolicLinkOutOfTheBagIsNotFollowed() throws IOException {
		Path outside = Files.writeString(this.temp.resolve("secret.txt"), "not in the bag");
		Path bag = goodBag();
		Files.createSymbolicLink(bag.resolve("data/link.txt"), outside);
		Files.writeString(bag.resolve("manifest-sha256.txt"), BagFixtures.hash("sha256", outside) + "  data/link.txt\n",
				StandardOpenOption.APPEND);
		BagFixtures.writeTagManifest(bag);
		assertThat(this.verifier.verify(bag).errors()).containsExactly(new BagVerifier.Problem("data/link.txt",
				"is a symbolic link that does not lead to a file inside the bag; not followed"));
	}

	@Test
	void aPathClimbingOutOfTheBagIsRefusedWithoutReadingIt() throws IOException {
		Path outside = Files.writeString(this.temp.resolve("secret.txt"), "not in the bag");
		Path bag = goodBag();
		Files.writeString(bag.resolve("manifest-sha256.txt"),
				BagFixtures.hash("sha256", outside) + "  data/../../secret.txt\n", StandardOpenOption.APPEND);
		BagFixtures.writeTagManifest(bag);
		assertThat(this.verifier.verify(bag).errors()).containsExactly(new BagVerifier.Problem("manifest-sha256.txt",
				"line 4: data/../../secret.txt is out of scope ('..' climbs out of the bag)"));
	}

	@Test
	void aBagWrittenByBagWriterVerifies() throws IOException {
		List<BagWriter.Entry> entries = List.of(
				new BagWriter.Entry("tables/2023年/人口.csv",
						(OutputStream out) -> out.write("地区,人口\n".getBytes(StandardCharsets.UTF_8))),
				new BagWriter.Entry("100% 完成.txt", (OutputStream out) -> out.write('x')));
		Path bag = this.temp.resolve("written");
		new BagWriter(new DurableFiles()).write(bag, entries, Map.of("Source-Organization", "省地方志办公室"), (path) -> {
		});
		assertThat(this.verifier.verify(bag)).isEqualTo(new BagVerifier.Verification(true, List.of(), List.of()));
	}

}
