package org.annals.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.ingest.AnnotatedWorkbook;
import org.annals.ingest.Issue;
import org.annals.ingest.Kind;
import org.annals.ingest.SubmissionChecker;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annals check FILE…}: the same validation as ingest, nothing loaded.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
	List<Path> files;

	@Option(names = "--department", paramLabel = "D")
	String department;

	@Option(names = "--annotate", paramLabel = "OUT")
	Path annotate;

	private SubmissionChecker checker;

	private AnnotatedWorkbook annotated;

	private boolean english;

	/** For parsing only; Spring uses the other constructor. */
	CheckCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	CheckCommand(SubmissionChecker checker, AnnotatedWorkbook annotated, AnnalsProperties properties) {
		this.checker = checker;
		this.annotated = annotated;
		this.english = properties.english();
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		int exit = ExitCodes.OK;
		boolean folder = this.annotate != null && (this.files.size() > 1 || Files.isDirectory(this.annotate));
		if (folder && !Files.isDirectory(this.annotate)) {
			out.println(Messages.get(this.english, "cli.check.annotateFolder", this.annotate));
			return ExitCodes.USAGE;
		}
		for (Path file : this.files) {
			if (this.annotate != null && !folder && Files.exists(this.annotate) && Files.exists(file)
					&& Files.isSameFile(this.annotate, file)) {
				// the file checked is never written over, not even by its own annotation
				out.println(Messages.get(this.english, "cli.check.annotateSame", file));
				return ExitCodes.USAGE;
			}
			out.println(Messages.get(this.english, "cli.check.file", file));
			if (!Files.isRegularFile(file)) {
				out.println(Messages.get(this.english, "cli.check.noSuchFile"));
				exit = ExitCodes.REJECTED;
				continue;
			}
			Path parent = file.toAbsolutePath().getParent();
			String dept = (this.department != null) ? this.department
					: (parent != null && parent.getFileName() != null) ? parent.getFileName().toString() : "";
			SubmissionChecker.Result result = this.checker.check(file, dept);
			for (Issue issue : result.issues()) {
				out.println("  [" + issue.severity().name().toLowerCase() + "] "
						+ (issue.place().isEmpty() ? "" : issue.place() + "  ")
						+ (this.english ? issue.english() : issue.chinese()));
			}
			if (result.rejected()) {
				exit = ExitCodes.REJECTED;
				out.println(Messages.get(this.english, "cli.check.rejected"));
			}
			else if (result.kind() == Kind.EVENTS) {
				out.println(Messages.get(this.english, "cli.check.events", result.events()));
			}
			else {
				out.println(Messages.get(this.english, "cli.check.facts", result.facts()));
			}
			if (this.annotate != null) {
				annotate(file, result,
						folder ? this.annotate.resolve(AnnotatedWorkbook.fileName(file.getFileName().toString(),
								Messages.get(this.english, "annotate.fileSuffix"))) : this.annotate,
						out);
			}
		}
		out.flush();
		return exit;
	}

	/** The file back with its problems marked, written beside and then moved in place. */
	private void annotate(Path file, SubmissionChecker.Result result, Path target, PrintWriter out) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = Files.createTempFile(absolute.getParent(), ".annotating-", ".xlsx");
		try {
			AnnotatedWorkbook.Written written;
			try (OutputStream stream = Files.newOutputStream(temp)) {
				written = this.annotated.write(file, file.getFileName().toString(), result.issues(), this.english,
						stream);
			}
			Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			out.println(
					Messages.get(this.english, "cli.check.annotated", target, written.problems(), written.marked()));
			if (written.note() != null) {
				out.println(Messages.get(this.english, "cli.check.annotateNote", written.note()));
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
