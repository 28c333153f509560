package org.annals.cli.internal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code annals} command and its sub-commands. Their help comes from the message
 * bundles in the language of {@code --lang} ({@link org.annals.cli.CliMessages});
 * {@code annals help X} and {@code --help} on every command print it.
 */
@Command(name = "annals", mixinStandardHelpOptions = true, version = "Annals 0.1",
		resourceBundle = "org.annals.cli.CliMessages",
		subcommands = { CommandLine.HelpCommand.class, NightlyCommand.class, IngestCommand.class, CheckCommand.class,
				CompileCommand.class, ExportCommand.class, ArchiveCommand.class, JobsCommand.class,
				TemplateCommand.class, UsersCommand.class, ReprocessCommand.class, DeliverablesCommand.class,
				ServeCommand.class })
public class AnnalsCommand {

	@Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "annals.lang",
			scope = picocli.CommandLine.ScopeType.INHERIT)
	String lang;

}
