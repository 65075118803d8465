package io.hearth.identity;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.hearth.HearthApplication;
import io.hearth.ops.HearthCliAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * create-admin, reset-password and disable-user against a fresh H2 file database,
 * passwords on stdin.
 */
class IdentityCliTest {

	@TempDir
	Path dir;

	InputStream stdin;

	String[] database;

	@BeforeEach
	void setUp() {
		this.stdin = System.in;
		this.database = new String[] {
				"--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--hearth.data-dir=" + this.dir, "--hearth.identity.bcrypt-cost=4" };
	}

	@AfterEach
	void restore() {
		System.setIn(this.stdin);
	}

	@Test
	void shouldCreateAnAdminResetTheirPasswordAndDisableThem() {
		assertThat(run(null, "migrate").code()).isZero();
		Result weak = run("password\n", "create-admin", "--username", "ops", "--email", "ops@example.test");
		assertThat(weak.code()).isEqualTo(1);
		assertThat(weak.err()).contains("too common");

		Result created = run("Cli-admin-pass-31\n", "create-admin", "--username", "ops", "--email", "ops@example.test");
		assertThat(created.code()).as(created.toString()).isZero();
		assertThat(created.out()).contains("Created admin ops");
		try (ConfigurableApplicationContext app = web()) {
			assertThat(app.getBean(UserAdministration.class).hasActiveAdmin()).isTrue();
		}

		Result duplicate = run("Cli-admin-pass-31\n", "create-admin", "--username", "OPS", "--email", "x@example.test");
		assertThat(duplicate.code()).isEqualTo(1);
		assertThat(duplicate.err()).contains("taken");

		assertThat(run("Reset-by-cli-pass-9\n", "reset-password", "--login", "ops@example.test").code()).isZero();
		Result lastAdmin = run(null, "disable-user", "--login", "ops");
		assertThat(lastAdmin.code()).isEqualTo(1);
		assertThat(lastAdmin.err()).contains("last active admin");
		assertThat(run(null, "disable-user", "--login", "nobody").err()).contains("not found");
	}

	@Test
	void shouldRefuseAPasswordGivenAsAnArgument() {
		Result result = run(null, "create-admin", "--username", "ops", "--email", "ops@example.test", "--password",
				"Visible-in-history-1");
		assertThat(result.code()).isNotZero();
	}

	private ConfigurableApplicationContext web() {
		return new SpringApplicationBuilder(HearthApplication.class)
			.web(org.springframework.boot.WebApplicationType.NONE)
			.run(this.database);
	}

	private Result run(String input, String... args) {
		System.setIn(new ByteArrayInputStream((input != null) ? input.getBytes(StandardCharsets.UTF_8) : new byte[0]));
		String[] all = new String[args.length + this.database.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(this.database, 0, all, args.length, this.database.length);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = HearthCliAccess.execute(HearthApplication.class, new PrintWriter(out, true),
				new PrintWriter(err, true), all);
		return new Result(code, out.toString(), err.toString());
	}

	record Result(int code, String out, String err) {
	}

}
