package org.annals.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.annals.deliverables.DeliverableReport;
import org.annals.deliverables.DeliverableStatuses;
import org.annals.support.AnnalsProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals deliverables [--year Y]}: what each department owes for a data year, by
 * when, and where it stands (应报, 已报, 逾期, 退回未改), with its latest file.
 */
@Command(name = "deliverables", mixinStandardHelpOptions = true)
class DeliverablesCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--year", paramLabel = "Y")
	Integer year;

	private DeliverableStatuses statuses;

	private AnnalsProperties properties;

	/** For parsing only; Spring uses the other constructor. */
	DeliverablesCommand() {
	}

	@Autowired
	DeliverablesCommand(DeliverableStatuses statuses, AnnalsProperties properties) {
		this.statuses = statuses;
		this.properties = properties;
	}

	@Override
	public Integer call() {
		Locale locale = this.properties.english() ? Locale.ENGLISH : Locale.CHINESE;
		PrintWriter out = this.spec.commandLine().getOut();
		int data = (this.year != null) ? this.year : this.statuses.currentDataYear();
		if (data < 1900 || data > 2200) {
			this.spec.commandLine().getErr().println(DeliverableReport.badYear(data, locale));
			return ExitCodes.USAGE;
		}
		DeliverableReport.write(data, this.statuses.today(), this.statuses.of(data), locale, out);
		return ExitCodes.OK;
	}

}
