package io.hearth.ops;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import io.hearth.collections.CollectionCommands;
import io.hearth.identity.IdentityCommands;
import io.hearth.platform.CliContext;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of the jar ({@code ./hearth <command>}). {@code serve} runs the
 * server; every other command starts a lazily initialised, non-web application context so
 * that it builds only what it touches, does its work and exits with 0 on success and 1 on
 * failure.
 */
@Command(name = "hearth", mixinStandardHelpOptions = true, versionProvider = HearthCli.Version.class,
		description = "Hearth backend. Configuration comes from HEARTH_* variables and ./.env (see README).",
		subcommands = { HearthCli.Serve.class, HearthCli.Migrate.class, HearthCli.CheckDb.class,
				IdentityCommands.CreateAdmin.class, IdentityCommands.ResetPassword.class,
				IdentityCommands.DisableUser.class, SeedDemoCommand.class, ReindexCommand.class,
				CollectionCommands.Export.class, CollectionCommands.Import.class, CommandLine.HelpCommand.class })
public final class HearthCli implements Callable<Integer>, CliContext {

	private final Class<?> application;

	private boolean serving;

	@Spec
	CommandSpec spec;

	private HearthCli(Class<?> application) {
		this.application = application;
	}

	/**
	 * Runs the command named by {@code args}; no arguments means {@code serve}, which is
	 * what {@code mvn spring-boot:run} does.
	 */
	public static void main(Class<?> application, String[] args) {
		HearthCli cli = new HearthCli(application);
		int code = new CommandLine(cli).execute((args.length == 0) ? new String[] { "serve" } : args);
		if (!cli.serving) {
			System.exit(code);
		}
	}

	/**
	 * Runs a command that is not {@code serve}, writing to the given streams; returns its
	 * exit code.
	 */
	static int execute(Class<?> application, PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(new HearthCli(application));
		commandLine.setOut(out);
		commandLine.setErr(err);
		return commandLine.execute(args);
	}

	@Override
	public Integer call() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
		return 0;
	}

	@Override
	public ConfigurableApplicationContext open(List<String> springArgs) {
		return tool(springArgs);
	}

	ConfigurableApplicationContext tool(List<String> springArgs) {
		return tool(this.application, springArgs);
	}

	/** The small context of the database commands ({@link DatabaseTool}). */
	ConfigurableApplicationContext databaseTool(List<String> springArgs) {
		return tool(DatabaseTool.class, springArgs);
	}

	private ConfigurableApplicationContext tool(Class<?> sources, List<String> springArgs) {
		return new SpringApplicationBuilder(sources).main(this.application)
			.web(WebApplicationType.NONE)
			.lazyInitialization(true)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN", "logging.level.io.hearth=INFO", "spring.main.banner-mode=off",
					"hearth.jobs.enabled=false")
			.run(springArgs.toArray(String[]::new));
	}

	@Command(name = "serve",
			description = "Run the HTTP server (the default). Extra --key=value arguments are Spring settings.")
	static final class Serve implements Callable<Integer> {

		@ParentCommand
		HearthCli cli;

		@Unmatched
		List<String> springArgs = new ArrayList<>();

		@Override
		public Integer call() {
			this.cli.serving = true;
			try {
				new SpringApplicationBuilder(this.cli.application).main(this.cli.application)
					.run(this.springArgs.toArray(String[]::new));
				return 0;
			}
			catch (RuntimeException ex) {
				// Spring has reported why (the refusal of insecure settings, a port
				// taken, ...)
				this.cli.serving = false;
				return 1;
			}
		}

	}

	@Command(name = "migrate", description = "Apply pending database migrations, then exit.")
	static final class Migrate implements Callable<Integer> {

		@ParentCommand
		HearthCli cli;

		@Spec
		CommandSpec spec;

		@Unmatched
		List<String> springArgs = new ArrayList<>();

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			try (ConfigurableApplicationContext context = this.cli
				.databaseTool(withoutMigrateOnStart(this.springArgs))) {
				MigrateResult result = context.getBean(Flyway.class).migrate();
				out.printf("Applied %d migration(s); schema version %s (%s)%n", result.migrationsExecuted,
						(result.targetSchemaVersion != null) ? result.targetSchemaVersion : result.initialSchemaVersion,
						result.database);
				return 0;
			}
			catch (RuntimeException ex) {
				this.spec.commandLine().getErr().println("Migration failed: " + rootMessage(ex));
				return 1;
			}
		}

	}

	@Command(name = "check-db",
			description = "Connect to the database and report its schema version; exit 0 when reachable and up to date, 1 otherwise.")
	static final class CheckDb implements Callable<Integer> {

		@ParentCommand
		HearthCli cli;

		@Spec
		CommandSpec spec;

		@Unmatched
		List<String> springArgs = new ArrayList<>();

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			try (ConfigurableApplicationContext context = this.cli
				.databaseTool(withoutMigrateOnStart(this.springArgs))) {
				try (Connection connection = context.getBean(DataSource.class).getConnection()) {
					var meta = connection.getMetaData();
					out.printf("Connected: %s %s as %s%n", meta.getDatabaseProductName(),
							meta.getDatabaseProductVersion(), meta.getUserName());
				}
				MigrationInfoService info = context.getBean(Flyway.class).info();
				MigrationInfo current = info.current();
				int pending = info.pending().length;
				out.printf("Schema version: %s; pending migrations: %d%n",
						(current != null) ? current.getVersion() : "none", pending);
				if (pending > 0) {
					err.println("The schema is behind the application: run 'hearth migrate'");
					return 1;
				}
				return 0;
			}
			catch (RuntimeException | java.sql.SQLException ex) {
				err.println("Cannot use the database: " + rootMessage(ex));
				return 1;
			}
		}

	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			Package pkg = HearthCli.class.getPackage();
			String version = (pkg != null) ? pkg.getImplementationVersion() : null;
			return new String[] { "hearth " + ((version != null) ? version : "dev") };
		}

	}

	/**
	 * These commands decide themselves whether to migrate: never as a side effect of
	 * starting.
	 */
	private static List<String> withoutMigrateOnStart(List<String> springArgs) {
		List<String> args = new ArrayList<>(springArgs);
		args.add("--hearth.migrate-on-start=false");
		return args;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
