package io.hearth.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of every system test: the application on a random port ({@link SystemTest}), a
 * real HTTP client for it and the test accounts. {@code api.as(account)} is the same
 * client signed in.
 */
@SystemTest
public abstract class ApiSystemTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	protected TestAccounts accounts;

	@BeforeEach
	final void connect() {
		this.api = new Api(this.port);
		this.accounts = new TestAccounts(this.api);
	}

}
