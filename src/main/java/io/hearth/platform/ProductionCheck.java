package io.hearth.platform;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * A module's own refusals for the {@code prod} profile, run by the production guard
 * before anything connects or listens. Listed in {@code META-INF/spring.factories} (the
 * guard runs before any bean exists); each problem is one line naming the variable to
 * set.
 */
public interface ProductionCheck {

	List<String> problems(Binder settings);

}
