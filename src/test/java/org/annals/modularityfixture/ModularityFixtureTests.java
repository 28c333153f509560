package org.annals.modularityfixture;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The test of {@code ModularityTests}: {@code verify()} fails when a module uses another
 * module's {@code internal} package.
 */
class ModularityFixtureTests {

	// the fixture lives among the test classes, which ApplicationModules leaves out by
	// default
	private final ApplicationModules modules = ApplicationModules.of(FixtureApplication.class,
			ImportOption.Predefined.ONLY_INCLUDE_TESTS);

	@Test
	void seesBothModules() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("orders", "billing");
	}

	@Test
	void verifyFailsNamingTheInternalTypeUsed() {
		assertThatExceptionOfType(Violations.class).isThrownBy(this.modules::verify)
			.withMessageContaining("billing")
			.withMessageContaining("org.annals.modularityfixture.orders.internal.OrderStore");
	}

}
