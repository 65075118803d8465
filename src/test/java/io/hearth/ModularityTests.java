package io.hearth;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module boundaries are a build failure, not a review comment; the docs land in
 * target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
