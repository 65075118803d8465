package io.hearth.platform;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retry sits outside the transaction: each attempt of a use case the database chose
 * as a deadlock victim runs in a transaction of its own, and a lost update is not
 * retried.
 */
class RetryOnLockConflictTest {

	@Test
	void shouldRunEachAttemptInANewTransactionAndGiveUpAfterThreeRetries() {
		try (var context = new AnnotationConfigApplicationContext(Setup.class)) {
			UseCase useCase = context.getBean(UseCase.class);
			CountingTransactions transactions = context.getBean(CountingTransactions.class);
			useCase.failWith(2);
			assertThat(useCase.write()).isEqualTo("done");
			assertThat(useCase.attempts()).isEqualTo(3);
			assertThat(transactions.begun.get()).isEqualTo(3);
			assertThat(transactions.rolledBack.get()).isEqualTo(2);

			useCase.failWith(10);
			assertThatThrownBy(useCase::write).isInstanceOf(CannotAcquireLockException.class);
			assertThat(useCase.attempts()).isEqualTo(4);

			useCase.failWith(0);
			assertThatThrownBy(useCase::lostUpdate)
				.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
			assertThat(useCase.attempts()).isEqualTo(1);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	@EnableResilientMethods
	static class Setup {

		@Bean
		CountingTransactions transactionManager() {
			return new CountingTransactions();
		}

		@Bean
		UseCase useCase() {
			return new UseCase();
		}

	}

	static class UseCase {

		final AtomicInteger attempts = new AtomicInteger();

		volatile int failures;

		/** Through the proxy: its own fields are not the target's. */
		public void failWith(int failures) {
			this.failures = failures;
			this.attempts.set(0);
		}

		public int attempts() {
			return this.attempts.get();
		}

		@Transactional
		@RetryOnLockConflict
		public String write() {
			if (this.attempts.incrementAndGet() <= this.failures) {
				throw new CannotAcquireLockException("deadlock victim");
			}
			return "done";
		}

		@Transactional
		@RetryOnLockConflict
		public void lostUpdate() {
			this.attempts.incrementAndGet();
			throw new org.springframework.dao.OptimisticLockingFailureException("changed meanwhile");
		}

	}

	static class CountingTransactions extends AbstractPlatformTransactionManager implements PlatformTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		final AtomicInteger rolledBack = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
			this.begun.incrementAndGet();
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			this.rolledBack.incrementAndGet();
		}

	}

}
