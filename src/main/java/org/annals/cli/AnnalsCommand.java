package org.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code annals} command and its sub-commands.
 */
@Command(name = "annals", mixinStandardHelpOptions = true, version = "Annals 0.1",
		description = { "年鉴与大事记数据流水线 / The yearbook and chronicle pipeline.", "",
				"数据目录 ANNALS_HOME（默认 ./data）；数据库 ANNALS_DB_URL（默认内置 H2）。",
				"Data folder ANNALS_HOME (default ./data); database ANNALS_DB_URL (default embedded H2)." },
		subcommands = { NightlyCommand.class, IngestCommand.class, CheckCommand.class, CompileCommand.class,
				ExportCommand.class, ArchiveCommand.class, JobsCommand.class, TemplateCommand.class, UsersCommand.class,
				ReprocessCommand.class, DeliverablesCommand.class, ServeCommand.class })
public class AnnalsCommand {

	@Option(names = "--lang", description = "zh（默认）或 en / zh (default) or en",
			scope = picocli.CommandLine.ScopeType.INHERIT)
	String lang;

}
