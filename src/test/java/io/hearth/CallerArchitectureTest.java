package io.hearth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.hearth.identity.CurrentUser;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The caller is resolved at the HTTP edge and passed to use cases as a
 * {@link io.hearth.identity.Caller}: outside identity, only controllers may read the
 * security context.
 */
class CallerArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.hearth");

	@Test
	void shouldLetNoServiceReadTheCurrentUserItself() {
		noClasses().that()
			.resideOutsideOfPackage("io.hearth.identity..")
			.and()
			.haveSimpleNameNotEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(CurrentUser.class.getName())
			.because("use cases take the Caller the edge resolved, so they can be called and tested without a request")
			.check(this.classes);
	}

}
