package io.hearth.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hearth.platform.CliContext;
import io.hearth.platform.DemoSeeder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code hearth seed-demo <what> [--count N]}: demo data from the modules'
 * {@link DemoSeeder}s.
 */
@Command(name = "seed-demo",
		description = "Create demo data: 'interactions' (sites, a user per role, interactions), 'collections' (a collector, categories, items), 'club' (venues, artists, published events) or 'planning' (packages, a payment method, a discount code, a user with credits and two analyses). Passwords are printed once.")
final class SeedDemoCommand implements Callable<Integer> {

	@ParentCommand
	CliContext cli;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "what to seed: interactions, collections, club or planning")
	String what;

	@Option(names = { "--count", "--events" }, defaultValue = "300",
			description = "how many records (default ${DEFAULT-VALUE}); --events says the same for the club")
	int count;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		if (this.count < 0) {
			err.println("--count must not be negative");
			return 2;
		}
		try (ConfigurableApplicationContext context = this.cli.open(this.springArgs)) {
			List<DemoSeeder> seeders = context.getBeansOfType(DemoSeeder.class).values().stream().toList();
			DemoSeeder seeder = seeders.stream().filter((s) -> s.name().equals(this.what)).findFirst().orElse(null);
			if (seeder == null) {
				err.println("Unknown demo data '" + this.what + "'; available: "
						+ String.join(", ", seeders.stream().map(DemoSeeder::name).sorted().toList()));
				return 2;
			}
			context.getBean(org.flywaydb.core.Flyway.class).migrate();
			seeder.seed(this.count, out);
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("seed-demo failed: " + ex.getMessage());
			return 1;
		}
	}

}
