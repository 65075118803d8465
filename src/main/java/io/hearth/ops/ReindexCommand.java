package io.hearth.ops;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hearth.platform.CliContext;
import io.hearth.platform.SearchReindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code hearth reindex [collections|interactions|club|planning]}: brings stale search
 * terms up to date now, batch by batch with progress (the background job does the same, a
 * little at a time). Stopped half-way, it continues where it stopped.
 */
@Command(name = "reindex",
		description = "Make the search terms of rows indexed by an older tokenizer (or seeded without) again: all modules, or the one named.")
final class ReindexCommand implements Callable<Integer> {

	@ParentCommand
	CliContext cli;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", description = "collections, interactions, club or planning (default: all)")
	String what;

	@Unmatched
	List<String> springArgs = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try (ConfigurableApplicationContext context = this.cli.open(this.springArgs)) {
			List<SearchReindexer> all = context.getBeansOfType(SearchReindexer.class).values().stream().toList();
			List<SearchReindexer> chosen = all.stream()
				.filter((r) -> this.what == null || r.name().equals(this.what))
				.toList();
			if (chosen.isEmpty()) {
				err.println("Unknown search index '" + this.what + "'; available: "
						+ String.join(", ", all.stream().map(SearchReindexer::name).sorted().toList()));
				return 2;
			}
			context.getBean(org.flywaydb.core.Flyway.class).migrate();
			for (SearchReindexer reindexer : chosen) {
				long stale = reindexer.stale();
				long done = 0;
				for (int batch = reindexer.reindexBatch(); batch > 0; batch = reindexer.reindexBatch()) {
					done += batch;
					out.printf("\r%s: %,d / %,d", reindexer.name(), done, stale);
					out.flush();
				}
				out.printf("\r%s: %,d rows reindexed%n", reindexer.name(), done);
			}
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("reindex failed: " + ex.getMessage());
			return 1;
		}
	}

}
