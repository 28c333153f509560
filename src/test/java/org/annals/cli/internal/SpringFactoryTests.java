package org.annals.cli.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the command that runs is made through Spring, by its {@code @Autowired}
 * constructor; picocli's other commands get the constructor for parsing and touch no
 * bean.
 */
class SpringFactoryTests {

	@Test
	void theRunningCommandGetsItsCollaboratorsAndTheOthersAreMadeForParsingOnly() throws Exception {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.registerBean(StringBuilder.class, () -> new StringBuilder("collaborator"));
			context.refresh();
			SpringFactory factory = new SpringFactory(context, Running.class);
			assertThat(factory.create(Running.class).collaborator).hasToString("collaborator");
			assertThat(factory.create(Described.class).collaborator).isNull();
		}
	}

	@Test
	void aCommandThatDoesNotRunNeedsNoneOfItsBeans() throws Exception {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.refresh();
			SpringFactory factory = new SpringFactory(context, Running.class);
			assertThat(factory.create(Described.class)).isNotNull();
		}
	}

	static class Running {

		StringBuilder collaborator;

		Running() {
		}

		@Autowired
		Running(StringBuilder collaborator) {
			this.collaborator = collaborator;
		}

	}

	static class Described {

		StringBuilder collaborator;

		Described() {
		}

		@Autowired
		Described(StringBuilder collaborator) {
			this.collaborator = collaborator;
		}

	}

}
