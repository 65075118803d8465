package io.hearth.ops;

import io.hearth.platform.DatabaseConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The context of {@code check-db} and {@code migrate}: the data source and Flyway with
 * the settings every start reads (application.yml, .env, the production guard), and
 * nothing of the modules, so that both finish in a fraction of a full start. Deliberately
 * not a {@code @Configuration}: the application's component scan must not find it.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
@Import({ DatabaseConfiguration.class, MigrationConfiguration.class })
class DatabaseTool {

}
