package org.annals.cli;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the command line, bound to {@code annals}.
 *
 * @param commandLine whether this process runs a command other than {@code annals serve},
 * which then leaves out the server's auto-configuration; the launcher sets it, so a user
 * never needs to
 */
@ConfigurationProperties("annals")
public record CliProperties(@DefaultValue("false") boolean commandLine) {

}
