package io.hearth;

import java.util.TimeZone;

import io.hearth.ops.HearthCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Hearth: one backend hosting the Collectify, Dreamer's Cave, identity, interactions and
 * Planlyze domains. The main method is the command line; {@code serve} (the default) runs
 * the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HearthApplication {

	public static void main(String[] args) {
		// every time Hearth stores or prints is UTC; raw JDBC binds must not depend on
		// the host's zone
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		HearthCli.main(HearthApplication.class, args);
	}

}
