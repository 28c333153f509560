package org.annals.ingest.internal.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the inbox scan takes and what it leaves for later: the rules the ingest and the
 * console's inbox view share.
 */
class InboxScannerTests {

	@TempDir
	Path inbox;

	private Path file(String relative, Instant modified) throws Exception {
		Path file = this.inbox.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "x");
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	@Test
	void settledFilesAreTakenAndFilesBeingWrittenAreLeftWithTheirKind() throws Exception {
		Instant now = Instant.now();
		Instant old = now.minusSeconds(60);
		file("省统计局/人口.csv", old);
		file("省统计局/~$人口.xlsx", old);
		file("省统计局/下载中.xlsx.crdownload", old);
		file("省财政厅/预算.csv.part", old);
		file("省财政厅/刚放入.xlsx", now.minusSeconds(1));
		file("省财政厅/.隐藏.csv", old);
		file("省财政厅/.git/config", old);
		file("放错了.csv", old);
		file("README.md", old);

		InboxScanner.Scan scan = new InboxScanner(Duration.ofSeconds(5)).scan(this.inbox, now);

		assertThat(scan.ready()).extracting(InboxScanner.InboxFile::relative).containsExactly("省统计局/人口.csv");
		assertThat(scan.ready().get(0).department()).isEqualTo("省统计局");
		// issue 20: "still being written" only when it is
		assertThat(scan.settling()).extracting(InboxScanner.InboxFile::relative)
			.containsExactly("省统计局/下载中.xlsx.crdownload", "省财政厅/刚放入.xlsx", "省财政厅/预算.csv.part");
		assertThat(scan.settling()).filteredOn((f) -> !InboxScanner.isInProgress(f.path().getFileName().toString()))
			.extracting(InboxScanner.InboxFile::relative)
			.as("left for its recent change, not its name")
			.containsExactly("省财政厅/刚放入.xlsx");
		assertThat(scan.outside()).containsExactly("放错了.csv");
		assertThat(scan.notRead()).containsExactly(
				"省统计局/~$人口.xlsx：Office 锁定文件（工作簿正在 Excel 中打开），不是报表，不读取 / an Office lock file (the "
						+ "workbook is open in Excel), not a submission; not read",
				"省财政厅/.git/：隐藏文件夹，其中的文件不读取 / a hidden folder; its files are not read",
				"省财政厅/.隐藏.csv：文件名以“.”开头，是隐藏文件，不读取；要报送请去掉开头的“.” / a hidden file (its name starts with '.'); "
						+ "not read: remove the leading '.' to submit it");
	}

	@Test
	void aLinkIsNamedAndNeverFollowed() throws Exception {
		Path outside = Files.writeString(this.inbox.resolveSibling(this.inbox.getFileName() + "-secret.csv"), "x");
		Files.createDirectories(this.inbox.resolve("省统计局"));
		Files.createSymbolicLink(this.inbox.resolve("省统计局/链接.csv"), outside);
		InboxScanner.Scan scan = new InboxScanner(Duration.ZERO).scan(this.inbox, Instant.now().plusSeconds(60));
		assertThat(scan.ready()).isEmpty();
		assertThat(scan.settling()).isEmpty();
		assertThat(scan.notRead()).containsExactly("省统计局/链接.csv：符号链接，不跟随读取 / a symbolic link; not followed");
		Files.delete(outside);
	}

	@Test
	void temporaryNamesAreKnownWhateverTheirCase() {
		assertThat(InboxScanner.isInProgress("~$报表.xlsx")).as("a lock file is not read at all").isFalse();
		assertThat(InboxScanner.isInProgress("报表.XLSX.TMP")).isTrue();
		assertThat(InboxScanner.isInProgress("报表.xlsx.partial")).isTrue();
		assertThat(InboxScanner.isInProgress("报表.xlsx")).isFalse();
		assertThat(InboxScanner.isInProgress("part.csv")).isFalse();
	}

}
