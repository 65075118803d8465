package io.hearth.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A system test whose subject never reaches database-specific SQL (HTTP conventions, rate
 * limits, token signing, the OpenAPI document, sessions in Redis): it runs on H2 only, so
 * the PostgreSQL and MariaDB executions spend their time where the databases differ. The
 * Maven build excludes this tag from those executions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database-independent")
public @interface DatabaseIndependent {

}
