package io.hearth.collections;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.hearth.identity.UserProvisioning;
import io.hearth.identity.UserView;
import io.hearth.platform.ApiException;
import io.hearth.platform.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code hearth export} and {@code hearth import}: a user's collection to and from a JSON
 * file, with progress.
 */
public final class CollectionCommands {

	private CollectionCommands() {
	}

	abstract static class TransferCommand implements Callable<Integer> {

		@ParentCommand
		CliContext cli;

		@Spec
		CommandSpec spec;

		@Option(names = "--owner", required = true, description = "username or email of the collection's owner")
		String owner;

		@Unmatched
		List<String> springArgs = new ArrayList<>();

		@Override
		public Integer call() {
			PrintWriter err = this.spec.commandLine().getErr();
			try (ConfigurableApplicationContext context = this.cli.open(this.springArgs)) {
				UserView user = context.getBean(UserProvisioning.class)
					.find(this.owner)
					.orElseThrow(() -> ApiException.notFound("User " + this.owner));
				run(context, user, err);
				return 0;
			}
			catch (ApiException ex) {
				err.println(this.spec.name() + " failed: " + ex.getMessage()
						+ ((ex.errors() != null) ? " " + ex.errors() : ""));
				return 1;
			}
			catch (Exception ex) {
				err.println(this.spec.name() + " failed: " + ex.getMessage());
				return 1;
			}
		}

		abstract void run(ConfigurableApplicationContext context, UserView owner, PrintWriter progress)
				throws Exception;

	}

	@Command(name = "export", description = "Write a user's collection as JSON to --out (progress on stderr).")
	public static final class Export extends TransferCommand {

		@Option(names = "--out", required = true, description = "file to write")
		Path out;

		@Override
		void run(ConfigurableApplicationContext context, UserView owner, PrintWriter progress) throws Exception {
			try (OutputStream stream = Files.newOutputStream(this.out)) {
				context.getBean(CollectionExport.class).exportJson(owner.id(), stream, progress);
			}
			this.spec.commandLine()
				.getOut()
				.println("Exported the collection of " + owner.username() + " to " + this.out);
		}

	}

	@Command(name = "import", description = "Read a JSON export from --in into a user's collection (idempotent).")
	public static final class Import extends TransferCommand {

		@Option(names = "--in", required = true, description = "file to read")
		Path in;

		@Override
		void run(ConfigurableApplicationContext context, UserView owner, PrintWriter progress) throws Exception {
			CollectionImport.ImportResult result;
			try (InputStream stream = Files.newInputStream(this.in)) {
				result = context.getBean(CollectionImport.class)
					.importJson(owner.id(), stream, CollectionImport.ImportLimits.NONE, progress);
			}
			this.spec.commandLine()
				.getOut()
				.printf("Imported into %s: %d categories created, %d updated; %d items created, %d updated; %d photos skipped%n",
						owner.username(), result.categoriesCreated, result.categoriesUpdated, result.itemsCreated,
						result.itemsUpdated, result.photosSkipped);
		}

	}

}
