package org.annals.ingest.intake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the files waiting in {@code INBOX/<department>/}, leaving alone those still being
 * written: Office lock files ({@code ~$…}), partial downloads ({@code .part},
 * {@code .tmp}, {@code .crdownload}), hidden files, and any file changed within the
 * settle time.
 */
public final class InboxScanner {

	private final Duration settle;

	/**
	 * Creates a scanner.
	 * @param settle how long a file must stay unchanged before it is taken
	 */
	public InboxScanner(Duration settle) {
		this.settle = settle;
	}

	/**
	 * A file in the inbox.
	 *
	 * @param path the file
	 * @param department the department folder it is in
	 * @param relative its path under the inbox, with {@code /}
	 * @param size its size
	 * @param modified its modification time
	 */
	public record InboxFile(Path path, String department, String relative, long size, Instant modified) {
	}

	/**
	 * What a scan found.
	 *
	 * @param ready files to take
	 * @param settling files still being written, left for the next run
	 * ({@link #isInProgress} tells a temporary name from a recent change)
	 * @param outside files directly in the inbox, outside any department folder
	 * @param unreadable files and folders that could not be listed or read, each with the
	 * reason; the rest of the inbox is scanned all the same
	 */
	public record Scan(List<InboxFile> ready, List<InboxFile> settling, List<String> outside, List<String> unreadable) {
	}

	/**
	 * Scans an inbox.
	 * @param inbox the inbox folder
	 * @param now the time now
	 * @return what it holds
	 * @throws IOException when it cannot be read
	 */
	public Scan scan(Path inbox, Instant now) throws IOException {
		List<InboxFile> ready = new ArrayList<>();
		List<InboxFile> settling = new ArrayList<>();
		List<String> outside = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		Files.walkFileTree(inbox, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (file.equals(inbox)) {
					throw ex;
				}
				String shown = inbox.relativize(file).toString().replace('\\', '/');
				unreadable.add(shown + (Files.isDirectory(file) ? "/" : "") + "：" + reason(ex));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
				if (ex != null) {
					unreadable.add(inbox.relativize(dir).toString().replace('\\', '/') + "/：" + reason(ex));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				String name = dir.getFileName().toString();
				return (!dir.equals(inbox) && name.startsWith(".")) ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (!attrs.isRegularFile()) {
					return FileVisitResult.CONTINUE;
				}
				Path relative = inbox.relativize(file);
				String shown = relative.toString().replace('\\', '/');
				if (relative.getNameCount() < 2) {
					if (!file.getFileName().toString().equalsIgnoreCase("README.md")) {
						outside.add(shown);
					}
					return FileVisitResult.CONTINUE;
				}
				InboxFile found = new InboxFile(file, relative.getName(0).toString(), shown, attrs.size(),
						attrs.lastModifiedTime().toInstant());
				if (isInProgress(file.getFileName().toString())
						|| attrs.lastModifiedTime().toInstant().isAfter(now.minus(InboxScanner.this.settle))) {
					settling.add(found);
					return FileVisitResult.CONTINUE;
				}
				ready.add(found);
				return FileVisitResult.CONTINUE;
			}
		});
		ready.sort(Comparator.comparing(InboxFile::relative));
		settling.sort(Comparator.comparing(InboxFile::relative));
		outside.sort(Comparator.naturalOrder());
		return new Scan(ready, settling, outside, unreadable);
	}

	/**
	 * Looks at files of an earlier scan again: those whose size or time changed since, or
	 * that are gone, are not settled after all.
	 * @param files the files
	 * @return those unchanged
	 */
	public List<InboxFile> unchanged(List<InboxFile> files) {
		List<InboxFile> unchanged = new ArrayList<>();
		for (InboxFile file : files) {
			try {
				BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class);
				if (now.size() == file.size() && now.lastModifiedTime().toInstant().equals(file.modified())) {
					unchanged.add(file);
				}
			}
			catch (IOException ex) {
				// gone or unreadable since the first scan: the next scan says which
			}
		}
		return unchanged;
	}

	/**
	 * Why a file could not be read, as an operator reads it.
	 * @param ex what reading it threw
	 * @return the reason, in Chinese and English
	 */
	public static String reason(IOException ex) {
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "没有读取权限 / permission denied";
		}
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return "读取前已被移走或删除 / it vanished before it could be read";
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		return "读写错误 / I/O error: " + ex.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message);
	}

	/**
	 * Whether a file's name says it is still being written, whatever its time: an Office
	 * lock file, a partial download, a hidden file.
	 * @param name the file name
	 * @return true for such a name
	 */
	public static boolean isInProgress(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".part") || lower.endsWith(".tmp")
				|| lower.endsWith(".crdownload") || lower.endsWith(".partial");
	}

}
