package io.hearth.identity;

import io.hearth.support.ApiSystemTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;

@TestPropertySource(properties = "hearth.identity.registration=closed")
@io.hearth.support.DatabaseIndependent
class ClosedRegistrationSystemTest extends ApiSystemTest {

	@Test
	void shouldRefuseSelfRegistrationWhenClosed() {
		assertProblem(this.api.post("/api/v1/auth/register",
				"{\"username\": \"hopeful\", \"email\": \"hopeful@example.test\", \"password\": \"Good-enough-pass-1\"}"),
				403, "FORBIDDEN");
	}

}
