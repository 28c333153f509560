package org.annals.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new, empty data folder beside one that holds a database is noticed (issue 21):
 * {@code ./data} empty while {@code ../data} or {@code $HOME/.annals} holds one.
 */
class OtherHomesTests {

	@TempDir
	Path work;

	private Path database(Path home) throws Exception {
		Files.createDirectories(home.resolve("db"));
		return Files.writeString(home.resolve("db/annals.mv.db"), "h2");
	}

	@Test
	void theParentFoldersDataAndTheUsersAnnalsAreFound() throws Exception {
		database(this.work.resolve("data"));
		database(this.work.resolve("user/.annals"));
		Path deeper = this.work.resolve("deeper");

		assertThat(OtherHomes.withData(deeper.resolve("data"), deeper, this.work.resolve("user").toString()))
			.containsExactly(this.work.resolve("data"), this.work.resolve("user/.annals"));
	}

	@Test
	void aDataFolderWithItsOwnDatabaseIsNotWarnedAbout() throws Exception {
		database(this.work.resolve("data"));
		database(this.work.resolve("deeper/data"));
		Path deeper = this.work.resolve("deeper");

		assertThat(OtherHomes.withData(deeper.resolve("data"), deeper, null)).isEmpty();
	}

	@Test
	void nothingIsFoundWhereNoOtherFolderHoldsADatabase() {
		Path deeper = this.work.resolve("deeper");
		assertThat(OtherHomes.withData(deeper.resolve("data"), deeper, this.work.resolve("user").toString())).isEmpty();
	}

}
