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
@Command(name = "reprocess", description = "重新读取被拒收或已暂停的报送文件 / Read rejected or set-aside submissions again.")
class ReprocessCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SUBMISSION", arity = "1..*",
			description = "报送编号（见报告或 annals jobs）/ submission ids (see the reports)")
	List<Long> ids;

	@Option(names = "--inbox", paramLabel = "DIR",
			description = "同时导入的收件箱（默认设置 annals.inbox，否则 $ANNALS_HOME/inbox）/ the inbox ingested alongside (default: setting annals.inbox, else $ANNALS_HOME/inbox)")
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
				err.println("没有编号为 " + id + " 的报送 / there is no submission " + id);
				continue;
			}
			if (this.submissions.reopen(id)) {
				reopened++;
				out.println("将重新读取 #" + id + " " + submission.department() + "/" + submission.originalName()
						+ " / reading #" + id + " again");
			}
			else {
				err.println("#" + id + " " + submission.department() + "/" + submission.originalName() + " 的状态是 "
						+ submission.status() + "，只有被拒收（rejected）或已暂停（failed）的报送可以重新读取 / is " + submission.status()
						+ ": only rejected or set-aside submissions are read again");
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
