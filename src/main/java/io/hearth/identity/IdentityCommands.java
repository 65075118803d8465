package io.hearth.identity;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

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
 * Account commands. Passwords are read from a terminal prompt (twice, not echoed) or,
 * when input is piped, from the first line of standard input — never from an argument,
 * which would land in shell history and process lists.
 */
public final class IdentityCommands {

	private IdentityCommands() {
	}

	abstract static class AccountCommand implements Callable<Integer> {

		@ParentCommand
		CliContext cli;

		@Spec
		CommandSpec spec;

		@Unmatched
		List<String> springArgs = new ArrayList<>();

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			PrintWriter err = this.spec.commandLine().getErr();
			try (ConfigurableApplicationContext context = this.cli.open(this.springArgs)) {
				out.println(run(context.getBean(UserProvisioning.class)));
				return 0;
			}
			catch (ApiException ex) {
				err.println(ex.getMessage() + ((ex.errors() != null) ? " " + ex.errors() : ""));
				return 1;
			}
			catch (IOException | RuntimeException ex) {
				err.println(this.spec.name() + " failed: " + ex.getMessage());
				return 1;
			}
		}

		abstract String run(UserProvisioning users) throws IOException;

		String password(String prompt) throws IOException {
			Console console = System.console();
			if (console != null && console.isTerminal()) {
				char[] first = console.readPassword("%s: ", prompt);
				char[] second = console.readPassword("Repeat it: ");
				if (first == null || second == null || !String.valueOf(first).equals(String.valueOf(second))) {
					throw new IOException("the passwords do not match");
				}
				return String.valueOf(first);
			}
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new IOException("no password on standard input");
			}
			return line;
		}

	}

	@Command(name = "create-admin",
			description = "Create an admin account; the password is prompted for or read from stdin.")
	public static final class CreateAdmin extends AccountCommand {

		@Option(names = "--username", required = true, description = "3-50 letters, digits, '.', '_' or '-'")
		String username;

		@Option(names = "--email", required = true)
		String email;

		@Override
		String run(UserProvisioning users) throws IOException {
			UserView admin = users.createAdmin(this.username, this.email, password("Password for " + this.username));
			return "Created admin " + admin.username() + " (" + admin.id() + ")";
		}

	}

	@Command(name = "reset-password",
			description = "Set a user's password (prompted or from stdin) and end their sessions.")
	public static final class ResetPassword extends AccountCommand {

		@Option(names = "--login", required = true, description = "username or email address")
		String login;

		@Override
		String run(UserProvisioning users) throws IOException {
			UserView user = users.resetPassword(this.login, password("New password for " + this.login));
			return "Password set for " + user.username() + "; their sessions were ended";
		}

	}

	@Command(name = "disable-user", description = "Disable a user and end their sessions at once.")
	public static final class DisableUser extends AccountCommand {

		@Option(names = "--login", required = true, description = "username or email address")
		String login;

		@Override
		String run(UserProvisioning users) {
			UserView user = users.disable(this.login);
			return "Disabled " + user.username() + "; their sessions were ended";
		}

	}

}
