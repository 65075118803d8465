package io.hearth.identity;

import io.hearth.support.Api;
import io.hearth.support.SystemTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static io.hearth.support.ProblemAssert.assertProblem;

@SystemTest
@TestPropertySource(properties = "hearth.identity.registration=closed")
class ClosedRegistrationSystemTest {

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseSelfRegistrationWhenClosed() {
		assertProblem(new Api(this.port).post("/api/v1/auth/register",
				"{\"username\": \"hopeful\", \"email\": \"hopeful@example.test\", \"password\": \"Good-enough-pass-1\"}"),
				403, "FORBIDDEN");
	}

}
