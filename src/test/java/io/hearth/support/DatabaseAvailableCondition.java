package io.hearth.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs database tests only when the selected database answers. When it does not, they are
 * skipped with one line saying so, unless {@code HEARTH_TEST_REQUIRE_ALL=1} (set by
 * .ci/run), which turns the missing database into a failure.
 */
public class DatabaseAvailableCondition implements ExecutionCondition {

	private static final AtomicBoolean announced = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		TestDatabase database = TestDatabase.selected();
		String unavailable = database.prepare();
		if (unavailable == null) {
			return ConditionEvaluationResult.enabled(database + " is ready");
		}
		if (TestDatabase.required()) {
			throw new IllegalStateException("HEARTH_TEST_REQUIRE_ALL=1 but " + unavailable);
		}
		if (announced.compareAndSet(false, true)) {
			System.err.println("SKIPPING " + database + " tests: " + unavailable
					+ " — set HEARTH_TEST_REQUIRE_ALL=1 to make this a failure");
		}
		return ConditionEvaluationResult.disabled(unavailable);
	}

}
