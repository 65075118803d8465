package io.hearth.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.hearth.HearthApplication;

/**
 * A Hearth server in a JVM of its own (the test classpath, the test profile) on the given
 * database: an instance that can be killed as an operating system kills one, which an
 * instance inside the test JVM cannot be.
 */
public final class ChildInstance implements AutoCloseable {

	private final Process process;

	private final Path log;

	private ChildInstance(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code hearth serve} with {@code settings} ({@code key=value} Spring
	 * settings, {@code server.port} among them).
	 * @param log where its output goes (read it when a test fails)
	 */
	public static ChildInstance start(String databaseUrl, Path log, String... settings) throws IOException {
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), HearthApplication.class.getName(), "serve",
				"--spring.profiles.active=test", "--spring.datasource.url=" + databaseUrl));
		for (String setting : settings) {
			command.add("--" + setting);
		}
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ChildInstance(process, log);
	}

	/**
	 * {@code kill -9}: no shutdown hook, no finished transaction. Returns the exit code.
	 */
	public int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return this.process.waitFor();
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/** The end of its output, for a failure's message. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
