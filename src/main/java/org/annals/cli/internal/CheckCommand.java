package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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

	private SubmissionChecker checker;

	private boolean english;

	/** For parsing only; Spring uses the other constructor. */
	CheckCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	CheckCommand(SubmissionChecker checker, AnnalsProperties properties) {
		this.checker = checker;
		this.english = properties.english();
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		int exit = ExitCodes.OK;
		for (Path file : this.files) {
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
		}
		out.flush();
		return exit;
	}

}
