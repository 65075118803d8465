package io.hearth.ops;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hearth.HearthApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hearth serve} in a process of its own, as a service manager starts it: a refused
 * start must end the process with a non-zero code (it printed the refusal and exited 0).
 */
class ServeExitCodeTest {

	@TempDir
	Path dir;

	@Test
	void shouldExitNonZeroWhenProductionRefusesInsecureSettings() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), HearthApplication.class.getName(), "serve"))
			.directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("out.txt").toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("HEARTH_"));
		builder.environment().put("HEARTH_PROFILE", "prod");
		builder.environment().put("HEARTH_DATA_DIR", this.dir.resolve("data").toString());
		builder.environment().put("HEARTH_PORT", "0");
		Process process = builder.start();
		boolean ended = process.waitFor(90, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = Files.readString(this.dir.resolve("out.txt"), StandardCharsets.UTF_8);
		assertThat(ended).as(output).isTrue();
		assertThat(process.exitValue()).as(output).isNotZero();
		assertThat(output).contains("HEARTH_JWT_SECRET must be set");
	}

}
