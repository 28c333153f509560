package org.annals.cli.internal;

import java.io.Console;
import java.util.concurrent.Callable;

import org.annals.reference.ReferenceData;
import org.annals.support.Messages;
import org.annals.web.PasswordPolicy;
import org.annals.web.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals users add NAME --role R [--department D] [--region CODE]} and
 * {@code annals users list}: the people who sign in to {@code annals serve}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
		subcommands = { UsersCommand.Add.class, UsersCommand.ListUsers.class })
class UsersCommand {

	/**
	 * {@code annals users add NAME --role R [--department D]}; the password is read from
	 * {@code ANNALS_USER_PASSWORD} or asked for, and must meet the password policy (exit
	 * 2 with the reason when it does not).
	 */
	@Command(name = "add", mixinStandardHelpOptions = true)
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", descriptionKey = "name")
		String name;

		@Option(names = "--role", required = true, paramLabel = "OPERATOR|DEPARTMENT|EDITOR|ARCHIVIST|REVIEWER")
		String role;

		@Option(names = "--department", paramLabel = "D")
		String department;

		@Option(names = "--region", paramLabel = "CODE")
		String region;

		private UserAccounts accounts;

		private ReferenceData reference;

		/** Where {@code ANNALS_USER_PASSWORD} is read (the process environment). */
		java.util.function.UnaryOperator<String> environment = System::getenv;

		/** For parsing only; Spring uses the other constructor. */
		Add() {
		}

		@Autowired
		Add(UserAccounts accounts, ReferenceData reference) {
			this.accounts = accounts;
			this.reference = reference;
		}

		@Override
		public Integer call() {
			String chosen = this.role.toUpperCase(java.util.Locale.ROOT);
			if (!UserAccounts.ROLES.contains(chosen)) {
				System.err.println("role is one of " + UserAccounts.ROLES + ", not " + this.role);
				return ExitCodes.USAGE;
			}
			if ("DEPARTMENT".equals(chosen) && (this.department == null || this.department.isBlank())) {
				System.err.println(Messages.get("cli.users.needsDepartment"));
				return ExitCodes.USAGE;
			}
			if ("REVIEWER".equals(chosen) && (this.region == null || this.region.isBlank())) {
				System.err.println(Messages.get("review.cli.needsRegion"));
				return ExitCodes.USAGE;
			}
			if (this.region != null && this.reference != null
					&& this.reference.regions().byCode(this.region.strip()).isEmpty()) {
				System.err.println(Messages.get("review.cli.unknownRegion", this.region));
				return ExitCodes.USAGE;
			}
			String password = this.environment.apply("ANNALS_USER_PASSWORD");
			Console console = System.console();
			if ((password == null || password.isBlank()) && console != null) {
				password = new String(console.readPassword(Messages.get("cli.users.password")));
			}
			if (password == null || password.isBlank()) {
				System.err.println(Messages.get("cli.users.needsPassword"));
				return ExitCodes.USAGE;
			}
			try {
				PasswordPolicy.check(this.name, password);
				// the audit log names who changed the user: the system account running
				// this
				this.accounts.save(this.name, password, chosen, this.department,
						(this.region != null) ? this.region.strip() : null, "cli:" + System.getProperty("user.name"));
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return ExitCodes.USAGE;
			}
			System.out.println(Messages.get("cli.users.saved", this.name, this.role));
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code annals users list}.
	 */
	@Command(name = "list", mixinStandardHelpOptions = true)
	static class ListUsers implements Callable<Integer> {

		private UserAccounts accounts;

		/** For parsing only; Spring uses the other constructor. */
		ListUsers() {
		}

		@Autowired
		ListUsers(UserAccounts accounts) {
			this.accounts = accounts;
		}

		@Override
		public Integer call() {
			this.accounts.all()
				.forEach((u) -> System.out.println(u[0] + "\t" + u[1] + "\t" + ((u[2] != null) ? u[2] : "") + "\t"
						+ ((u[3] != null) ? u[3] : "")));
			return ExitCodes.OK;
		}

	}

}
