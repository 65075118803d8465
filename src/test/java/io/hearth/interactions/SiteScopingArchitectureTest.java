package io.hearth.interactions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.UUID;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.hearth.sites.ActiveSite;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No interactions query can skip the site: the table is reachable only through
 * ScopedInteractions.
 */
class SiteScopingArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.hearth");

	@Test
	void shouldReachTheInteractionsTableOnlyThroughScopedInteractions() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(ScopedInteractions.class.getName())
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName(Interactions.class.getName())
			.because("every interactions query must be filtered by the active site")
			.check(this.classes);
	}

	@Test
	void shouldTakeTheSiteFirstInEveryScopedMethod() {
		for (Method method : ScopedInteractions.class.getDeclaredMethods()) {
			// the search reindex walks every site's stale rows; it changes no row's
			// content
			if (Modifier.isPrivate(method.getModifiers()) || method.isSynthetic()
					|| java.util.Set.of("name", "countStale", "reindexStale").contains(method.getName())) {
				continue;
			}
			Class<?>[] parameters = method.getParameterTypes();
			assertThat(parameters).as(method.getName()).isNotEmpty();
			assertThat(parameters[0]).as("first parameter of %s", method.getName()).isIn(ActiveSite.class, UUID.class);
		}
		assertThat(Arrays.stream(ScopedInteractions.class.getDeclaredMethods()).map(Method::getName)).contains("find",
				"page", "slice", "save", "delete");
	}

}
