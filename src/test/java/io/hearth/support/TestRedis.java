package io.hearth.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Redis server for tests: {@code HEARTH_TEST_REDIS_URL}, or the local default when it
 * answers. Like {@link TestDatabase}, missing is a skip locally and a failure under
 * {@code HEARTH_TEST_REQUIRE_ALL=1}.
 */
public final class TestRedis {

	private static @Nullable String unavailable;

	private static boolean checked;

	private TestRedis() {
	}

	public static String url() {
		String configured = System.getenv("HEARTH_TEST_REDIS_URL");
		return (configured != null && !configured.isBlank()) ? configured : "redis://127.0.0.1:6379/0";
	}

	static synchronized @Nullable String check() {
		if (!checked) {
			checked = true;
			URI uri = URI.create(url());
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 6379), 2000);
				socket.setSoTimeout(2000);
				OutputStream out = socket.getOutputStream();
				out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				byte[] reply = in.readNBytes(5);
				String answer = new String(reply, StandardCharsets.US_ASCII);
				// a password-protected server answers -NOAUTH, which still proves it is
				// there
				if (!answer.startsWith("+PONG") && !answer.startsWith("-NOAU")) {
					unavailable = "Redis at " + url() + " answered " + answer;
				}
			}
			catch (Exception ex) {
				unavailable = "Redis is not reachable at " + url() + " (" + ex.getMessage() + ")";
			}
		}
		return unavailable;
	}

	/**
	 * Skips (or, when every backend is required, fails) a test class when Redis does not
	 * answer.
	 */
	public static class Available implements ExecutionCondition {

		private static final AtomicBoolean announced = new AtomicBoolean();

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String problem = check();
			if (problem == null) {
				return ConditionEvaluationResult.enabled("Redis answers");
			}
			if (TestDatabase.required()) {
				throw new IllegalStateException("HEARTH_TEST_REQUIRE_ALL=1 but " + problem);
			}
			if (announced.compareAndSet(false, true)) {
				System.err.println(
						"SKIPPING Redis tests: " + problem + " — set HEARTH_TEST_REQUIRE_ALL=1 to make this a failure");
			}
			return ConditionEvaluationResult.disabled(problem);
		}

	}

}
