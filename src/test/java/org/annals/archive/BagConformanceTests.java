package org.annals.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Library of Congress BagIt conformance suite, read in place beside the project:
 * every bag it calls valid verifies, every invalid one (with the Linux-only ones) is
 * refused for the reason the bag is named after, every warning one is valid and warned
 * about. The {@code windows-only} bags test Windows paths and do not apply here.
 */
class BagConformanceTests {

	private static final Path SUITE = Path.of("..", "shared", "conformance", "bagit-conformance-suite");

	/** The problem each refused bag must report: file and a part of what. */
	private static final Map<String, BagVerifier.Problem> INVALID = Map.ofEntries(
			expect("v0.97/invalid/baginfo-missing-encoding", "bagit.txt", "has no Tag-File-Character-Encoding line"),
			expect("v0.97/invalid/bom-in-bagit.txt", "bagit.txt", "byte-order mark (BOM)"),
			expect("v0.97/invalid/corrupt-data-file", "data/bare-filename", "md5 mismatch"),
			expect("v0.97/invalid/corrupt-tag-file", "bag-info.txt", "md5 mismatch"),
			expect("v0.97/invalid/extra-file-in-bag", "data/bar", "present but not in manifest-md5.txt"),
			expect("v0.97/invalid/invalid-version-number", "bagit.txt", "BagIt-Version '.97' is not M.N"),
			expect("v0.97/invalid/missing-baginfo", "bag-info.txt", "listed in tagmanifest-md5.txt but missing"),
			expect("v0.97/invalid/missing-bagit.txt", "bagit.txt", "is missing"),
			expect("v0.97/invalid/out-of-scope-file-paths-using-dot-notation", "manifest-md5.txt",
					"../../../README.md is out of scope ('..' climbs out of the bag)"),
			expect("v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch", "fetch.txt",
					"../../../README.md is out of scope ('..' climbs out of the bag)"),
			expect("v0.97/invalid/same-filename-listed-twice-with-different-hashes", "data/README",
					"listed twice in manifest-sha256.txt with different checksums"),
			expect("v0.97/linux-only/out-of-scope-file-paths-using-absolute-path", "manifest-md5.txt",
					"is out of scope (an absolute path)"),
			expect("v0.97/linux-only/out-of-scope-file-paths-using-absolute-path-for-fetch", "fetch.txt",
					"is out of scope (an absolute path)"),
			expect("v0.97/linux-only/out-of-scope-file-paths-using-shortcut", "manifest-md5.txt",
					"~/foo is out of scope (a home-directory shortcut ~)"),
			expect("v0.97/linux-only/out-of-scope-file-paths-using-shortcut-for-fetch", "fetch.txt",
					"~/test.txt is out of scope (a home-directory shortcut ~)"),
			expect("v0.97/linux-only/out-of-scope-file-paths-using-shortcut-username", "manifest-md5.txt",
					"~root/foo is out of scope (a home-directory shortcut ~root)"),
			expect("v0.97/linux-only/out-of-scope-file-paths-using-shortcut-username-for-fetch", "fetch.txt",
					"~root/foo is out of scope (a home-directory shortcut ~root)"),
			expect("v1.0/invalid/bagit-with-invalid-whitespace", "bagit.txt",
					"'BagIt-Version : 1.0' is not exactly 'BagIt-Version: M.N' (whitespace around the colon"),
			expect("v1.0/invalid/notAllManifestsListAllFiles", "data/missingFromManifest.txt",
					"present but not in manifest-sha512.txt"),
			expect("v1.0/invalid/same-filename-listed-twice-with-different-hashes", "data/README",
					"listed twice in manifest-sha256.txt with different checksums"),
			expect("v1.0/invalid/same-filename-listed-twice-with-the-same-hash", "data/README",
					"listed twice in manifest-sha256.txt with the same checksum"));

	/** The warning each warning bag must give. */
	private static final Map<String, BagVerifier.Problem> WARNING = Map.ofEntries(
			expect("v0.97/warning/duplicate-file-with-different-case", "data/HELLO.txt",
					"and data/hello.txt differ only in case"),
			expect("v0.97/warning/made-with-md5sum-tools", "manifest-md5.txt", "the binary-mode flag of md5sum"),
			expect("v0.97/warning/relative-path", "data/hello.txt",
					"listed in manifest-sha512.txt as ./data/hello.txt"),
			expect("v0.97/warning/same-filename-listed-twice-with-different-normalization", "data/Nu\u0301n\u0303ez",
					"and data/N\u00fa\u00f1ez differ only in Unicode normalization"),
			expect("v0.97/warning/same-filename-listed-twice-with-the-same-hash", "data/README",
					"listed twice in manifest-sha256.txt with the same checksum"),
			expect("v0.97/warning/special-system-files", "data/.DS_Store", "is an operating-system file (.DS_Store)"));

	/**
	 * The only valid bag with a warning: it lists one file as {@code ./data/test2.txt},
	 * which the suite's {@code warning/relative-path} shows is worth a warning.
	 */
	private static final Map<String, List<BagVerifier.Problem>> VALID_WARNINGS = Map.of(
			"v0.97/valid/bag-with-leading-dot-slash-in-manifest",
			List.of(new BagVerifier.Problem("data/test2.txt",
					"listed in manifest-md5.txt as ./data/test2.txt (line 5); "
							+ "read as data/test2.txt, the plain relative form")));

	private final BagVerifier verifier = new BagVerifier();

	private static Map.Entry<String, BagVerifier.Problem> expect(String bag, String file, String what) {
		return entry(bag, new BagVerifier.Problem(file, what));
	}

	@Test
	void theSuiteHoldsExactlyTheBagsThisTestKnows() throws IOException {
		assertThat(names(bags("v0.97/valid", "v1.0/valid"))).hasSize(13);
		assertThat(names(bags("v0.97/invalid", "v0.97/linux-only", "v1.0/invalid")))
			.containsExactlyInAnyOrderElementsOf(INVALID.keySet());
		assertThat(names(bags("v0.97/warning"))).containsExactlyInAnyOrderElementsOf(WARNING.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("validBags")
	void aValidBagVerifies(String name, Path bag) {
		BagVerifier.Verification verification = this.verifier.verify(bag);
		assertThat(verification.errors()).isEmpty();
		assertThat(verification.valid()).isTrue();
		assertThat(verification.warnings()).isEqualTo(VALID_WARNINGS.getOrDefault(name, List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidBags")
	void anInvalidBagIsRefusedForItsReason(String name, Path bag) {
		BagVerifier.Verification verification = this.verifier.verify(bag);
		BagVerifier.Problem expected = INVALID.get(name);
		assertThat(verification.valid()).isFalse();
		assertThat(verification.errors()).as("errors of %s", name).anySatisfy((problem) -> {
			assertThat(problem.file()).isEqualTo(expected.file());
			assertThat(problem.what()).contains(expected.what());
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("warningBags")
	void aWarningBagIsValidAndWarnedAbout(String name, Path bag) {
		BagVerifier.Verification verification = this.verifier.verify(bag);
		BagVerifier.Problem expected = WARNING.get(name);
		assertThat(verification.errors()).isEmpty();
		assertThat(verification.valid()).isTrue();
		assertThat(verification.warnings()).as("warnings of %s", name).anySatisfy((problem) -> {
			assertThat(problem.file()).isEqualTo(expected.file());
			assertThat(problem.what()).contains(expected.what());
		});
	}

	static Stream<Arguments> validBags() throws IOException {
		return arguments(bags("v0.97/valid", "v1.0/valid"));
	}

	static Stream<Arguments> invalidBags() throws IOException {
		return arguments(bags("v0.97/invalid", "v0.97/linux-only", "v1.0/invalid"));
	}

	static Stream<Arguments> warningBags() throws IOException {
		return arguments(bags("v0.97/warning"));
	}

	/** Fails, rather than skips, when the suite is not where the project expects it. */
	private static List<Path> bags(String... categories) throws IOException {
		assertThat(SUITE).as("the BagIt conformance suite, expected at %s", SUITE.toAbsolutePath().normalize())
			.isDirectory();
		List<Path> bags = new ArrayList<>();
		for (String category : categories) {
			assertThat(SUITE.resolve(category)).isDirectory();
			try (Stream<Path> folders = Files.list(SUITE.resolve(category))) {
				folders.filter(Files::isDirectory).sorted().forEach(bags::add);
			}
		}
		return bags;
	}

	private static List<String> names(List<Path> bags) {
		return bags.stream().map((bag) -> SUITE.relativize(bag).toString().replace('\\', '/')).toList();
	}

	private static Stream<Arguments> arguments(List<Path> bags) {
		return bags.stream().map((bag) -> Arguments.of(SUITE.relativize(bag).toString().replace('\\', '/'), bag));
	}

}
