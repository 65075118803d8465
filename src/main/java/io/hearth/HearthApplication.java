package io.hearth;

import java.util.TimeZone;

import io.hearth.ops.HearthCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Hearth: one backend hosting the Collectify, Dreamer's Cave, identity, interactions and
 * Planlyze domains. The main method is the command line; {@code serve} (the default) runs
 * the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "platform")
public class HearthApplication {

	private static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

	public static void main(String[] args) {
		// every time Hearth stores or prints is UTC; raw JDBC binds must not depend on
		// the host's zone
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		// Requests run on virtual threads, carried by one platform thread per core by
		// default. When the OS deschedules a carrier (the database and the JIT share
		// these cores), every request queued on it waits: on 2 cores that made item reads
		// 0.4 ms at p50 but 65 ms at p99. More carriers than cores let the OS share time
		// fairly (p99 5 ms, and more throughput). Must be set before the first virtual
		// thread exists; -Djdk.virtualThreadScheduler.parallelism still wins.
		if (System.getProperty(CARRIERS) == null) {
			System.setProperty(CARRIERS, String.valueOf(Math.max(8, 4 * Runtime.getRuntime().availableProcessors())));
		}
		HearthCli.main(HearthApplication.class, args);
	}

}
