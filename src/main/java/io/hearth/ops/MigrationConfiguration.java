package io.hearth.ops;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run when the server starts unless {@code HEARTH_MIGRATE_ON_START=false}, for
 * deployments that run {@code hearth migrate} as a separate step (and for the CLI's own
 * commands).
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayMigrationStrategy migrateOnStart(@Value("${hearth.migrate-on-start:true}") boolean migrateOnStart) {
		return (flyway) -> {
			if (migrateOnStart) {
				flyway.migrate();
			}
		};
	}

}
