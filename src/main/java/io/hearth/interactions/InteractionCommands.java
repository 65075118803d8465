package io.hearth.interactions;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hearth.platform.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/** Command-line entry points of the interactions module. */
public final class InteractionCommands {

	private InteractionCommands() {
	}

	@Command(name = "seed-demo",
			description = "Create demo data: 'seed-demo interactions' makes sites Marketing, Sales and Support, a user per role in each (passwords printed once) and interactions.")
	public static final class SeedDemo implements Callable<Integer> {

		@ParentCommand
		CliContext cli;

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", description = "what to seed: interactions")
		String what;

		@Option(names = "--count", defaultValue = "300",
				description = "how many interactions (default ${DEFAULT-VALUE})")
		int count;

		@Unmatched
		List<String> springArgs = new ArrayList<>();

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			if (!"interactions".equals(this.what)) {
				err.println("Unknown demo data '" + this.what + "'; available: interactions");
				return 2;
			}
			if (this.count < 0) {
				err.println("--count must not be negative");
				return 2;
			}
			List<String> args = new ArrayList<>(this.springArgs);
			args.add("--hearth.migrate-on-start=true");
			try (ConfigurableApplicationContext context = this.cli.open(args)) {
				context.getBean(org.flywaydb.core.Flyway.class).migrate();
				context.getBean(DemoData.class).seed(this.count, out);
				return 0;
			}
			catch (RuntimeException ex) {
				err.println("seed-demo failed: " + ex.getMessage());
				return 1;
			}
		}

	}

}
