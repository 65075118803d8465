package io.hearth;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries are a build failure, not a review comment: each module names the
 * modules it may use, the kernel uses none, and no domain module reaches the HTTP edge.
 * The docs (the declared graph as PlantUML and one canvas per module) land in
 * target/spring-modulith-docs.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldMakeEveryModuleDeclareItsDependencies() throws ClassNotFoundException {
		for (var module : this.modules) {
			String name = module.getBasePackage().getName();
			ApplicationModule declared = Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class);
			assertThat(declared).as(name + " has @ApplicationModule").isNotNull();
			assertThat(declared.allowedDependencies()).as(name + " declares allowedDependencies")
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		}
	}

	@Test
	void shouldKeepTheKernelFreeOfModulesAndTheEdgeUnreachable() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.hearth");
		noClasses().that()
			.resideInAPackage("io.hearth.platform..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.hearth..").and(resideOutsideOfPackage("io.hearth.platform..")))
			.check(classes);
		noClasses().that()
			.resideOutsideOfPackage("io.hearth.edge..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.hearth.edge..")
			.check(classes);
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
