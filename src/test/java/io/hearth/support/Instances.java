package io.hearth.support;

import java.util.ArrayList;
import java.util.List;

import io.hearth.HearthApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Extra application instances in the test JVM, sharing the selected test database (and
 * Redis when asked): what a second server behind the same load balancer would be.
 */
public final class Instances implements AutoCloseable {

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	public ConfigurableApplicationContext start(Class<?>[] extraSources, String... settings) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + TestDatabase.selected().url()));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		List<Class<?>> sources = new ArrayList<>(List.of(HearthApplication.class));
		sources.addAll(List.of(extraSources));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.profiles("test")
			.run(args.toArray(String[]::new));
		this.started.add(context);
		return context;
	}

	public static Api api(ConfigurableApplicationContext context) {
		return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0")));
	}

	@Override
	public void close() {
		this.started.forEach(ConfigurableApplicationContext::close);
		this.started.clear();
	}

}
