package org.annals.ingest.internal.intake;

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

import org.annals.support.Messages;

/**
 * Lists the files waiting in {@code INBOX/<department>/}, leaving for the next run those
 * still being written (partial downloads: {@code .part}, {@code .tmp},
 * {@code .crdownload}; any file changed within the settle time) and naming, each with
 * why, those it never reads: hidden files and folders ({@code .x.xlsx}), Office lock
 * files ({@code ~$…}), links and other files that are not plain files, and files outside
 * any department folder.
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
	 * @param notRead files and folders the inbox holds but never reads, each as
	 * {@code path：why} (hidden, lock files, links)
	 */
	public record Scan(List<InboxFile> ready, List<InboxFile> settling, List<String> outside, List<String> unreadable,
			List<String> notRead) {
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
		List<String> notRead = new ArrayList<>();
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
				if (!dir.equals(inbox) && name.startsWith(".")) {
					notRead.add(inbox.relativize(dir).toString().replace('\\', '/') + "/："
							+ Messages.get("ingest.intake.hiddenFolder"));
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				Path relative = inbox.relativize(file);
				String shown = relative.toString().replace('\\', '/');
				String why = notReadBecause(file.getFileName().toString(), attrs);
				if (why != null) {
					notRead.add(shown + "：" + why);
					return FileVisitResult.CONTINUE;
				}
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
		notRead.sort(Comparator.naturalOrder());
		return new Scan(ready, settling, outside, unreadable, notRead);
	}

	/**
	 * Why the inbox never reads a file, or null when it does: a hidden name, an Office
	 * lock file, something that is not a plain file (a link is never followed, so that
	 * nothing outside the inbox is read through it).
	 */
	private static String notReadBecause(String name, BasicFileAttributes attrs) {
		if (attrs.isSymbolicLink()) {
			return Messages.get("ingest.intake.link");
		}
		if (!attrs.isRegularFile()) {
			return Messages.get("ingest.intake.notPlain");
		}
		if (name.startsWith("~$")) {
			return Messages.get("ingest.intake.lockFile");
		}
		if (name.startsWith(".")) {
			return Messages.get("ingest.intake.hiddenFile");
		}
		return null;
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
			return Messages.get("ingest.intake.denied");
		}
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return Messages.get("ingest.intake.vanished");
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : "";
		return Messages.get("ingest.intake.ioError",
				ex.getClass().getSimpleName() + (message.isEmpty() ? "" : " " + message));
	}

	/**
	 * Whether a file's name says it is still being written, whatever its time: a partial
	 * download or a copy's temporary file.
	 * @param name the file name
	 * @return true for such a name
	 */
	public static boolean isInProgress(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".part") || lower.endsWith(".tmp") || lower.endsWith(".crdownload")
				|| lower.endsWith(".partial");
	}

}
