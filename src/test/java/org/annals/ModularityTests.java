package org.annals;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature modules' walls (DESIGN.md, "Code layout: by feature"): no module uses
 * another's {@code internal} packages, and the modules depend on each other without a
 * cycle. Writes Spring Modulith's documentation of the modules (canvases, C4 and UML
 * component diagrams in PlantUML) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AnnalsApplication.class);

	@Test
	void featuresUseEachOtherOnlyThroughTheirApiAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void writesTheModulesDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml();
	}

}
