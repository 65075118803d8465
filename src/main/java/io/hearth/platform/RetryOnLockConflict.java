package io.hearth.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs a write use case again, in a new transaction, when the database chose it as a
 * deadlock victim or it waited too long for a row lock (MariaDB does both under
 * concurrent inserts into one item's links or photos). Three retries with jittered
 * backoff; after that the request is answered 503 with {@code Retry-After}. Lost updates
 * (optimistic locking) are not retried: they are the client's 409/412 to resolve.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = { PessimisticLockingFailureException.class, jakarta.persistence.PessimisticLockException.class,
		jakarta.persistence.LockTimeoutException.class, org.hibernate.exception.LockAcquisitionException.class,
		org.hibernate.PessimisticLockException.class }, maxRetries = 3, delay = 20, jitter = 15, multiplier = 2)
public @interface RetryOnLockConflict {

}
