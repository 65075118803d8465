package io.hearth.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy;

	PasswordPolicyTest() throws Exception {
		this.policy = new PasswordPolicy();
	}

	@Test
	void shouldAcceptALongUncommonPassword() {
		assertThat(this.policy.problem("Correct horse battery", "alice", "alice@example.com")).isNull();
	}

	@Test
	void shouldRefuseShortLongCommonAndPersonalPasswords() {
		assertThat(this.policy.problem("Short1!", null, null)).contains("at least 8");
		assertThat(this.policy.problem("x".repeat(129), null, null)).contains("at most 128");
		assertThat(this.policy.problem("Password123", null, null)).contains("too common");
		assertThat(this.policy.problem("QWERTYUIOP", null, null)).contains("too common");
		assertThat(this.policy.problem("alice-smith", "Alice-Smith", null)).contains("username");
		assertThat(this.policy.problem("alice.smith", "as", "Alice.Smith@example.com")).contains("email");
		assertThat(this.policy.size()).isGreaterThan(100);
	}

}
