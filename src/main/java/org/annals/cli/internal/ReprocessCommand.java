package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.ingest.Submission;
import org.annals.ingest.Submissions;
import org.annals.scheduling.InboxLocation;
import org.annals.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.dao.EmptyResultDataAccessException;

/**
 * {@code annals reprocess SUBMISSION… [--inbox DIR]}: reads rejected or set-aside
 * submissions again from their stored originals, now, with today's reference data (after
 * a region, an indicator or a layout pin was added, or once the cause of a failed reading
 * is removed). Each keeps its first receipt: who sent it, when, under which name.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true)
class ReprocessCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SUBMISSION", arity = "1..*", descriptionKey = "ids")
	List<Long> ids;

	@Option(names = "--inbox", paramLabel = "DIR")
	Path inbox;

	private Submissions submissions;

	private IngestRun ingest;

	private InboxLocation location;

	/** For parsing only; Spring uses the other constructor. */
	ReprocessCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	ReprocessCommand(Submissions submissions, IngestRun ingest, InboxLocation location) {
		this.submissions = submissions;
		this.ingest = ingest;
		this.location = location;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int reopened = 0;
		for (long id : this.ids) {
			Submission submission;
			try {
				submission = this.submissions.get(id);
			}
			catch (EmptyResultDataAccessException ex) {
				err.println(Messages.get("cli.reprocess.noSuchSubmission", id));
				continue;
			}
			if (this.submissions.reopen(id)) {
				reopened++;
				out.println(
						Messages.get("cli.reprocess.again", id, submission.department(), submission.originalName()));
			}
			else {
				err.println(Messages.get("cli.reprocess.refused", id, submission.department(),
						submission.originalName(), submission.status()));
			}
		}
		if (reopened == 0) {
			return ExitCodes.USAGE;
		}
		Path folder = this.location.inbox(this.inbox);
		Files.createDirectories(folder);
		return this.ingest.run(folder, out);
	}

}
