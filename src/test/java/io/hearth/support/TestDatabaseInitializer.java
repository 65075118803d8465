package io.hearth.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at the selected {@link TestDatabase}, above every
 * other setting.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.selected();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("hearth-test-database", Map.of("spring.datasource.url", database.url())));
	}

}
