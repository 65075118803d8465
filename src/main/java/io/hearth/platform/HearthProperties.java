package io.hearth.platform;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings every module shares, bound from {@code hearth.*} (the {@code HEARTH_*}
 * variables, see application.yml and the README).
 *
 * @param profile {@code dev}, {@code test} or {@code prod}
 * @param dataDir where the H2 file, generated secrets, mail outbox and uploads live
 * @param db the database URL as configured ({@code HEARTH_DB_URL}), empty for the H2
 * default
 * @param cors allowed browser origins
 * @param redis optional Redis for state shared between instances
 * @param http request limits
 * @param rateLimit request budgets per minute
 */
@ConfigurationProperties("hearth")
public record HearthProperties(String profile, Path dataDir, Db db, Cors cors, Redis redis, Http http,
		RateLimit rateLimit) {

	public boolean production() {
		return "prod".equals(this.profile);
	}

	/**
	 * @param url {@code HEARTH_DB_URL}, blank when the default H2 file is used
	 */
	public record Db(@Nullable String url) {
	}

	/**
	 * @param secret HS256 secret, at least 32 bytes ({@code HEARTH_JWT_SECRET})
	 * @param issuer the {@code iss} claim written and required
	 */
	/**
	 * @param origins exact origins or patterns such as {@code http://localhost:*}
	 */
	public record Cors(List<String> origins) {
	}

	/**
	 * @param url {@code redis://host:port/db}; blank means single-instance in-memory
	 * equivalents
	 */
	public record Redis(@Nullable String url) {

		public boolean configured() {
			return this.url != null && !this.url.isBlank();
		}

	}

	/**
	 * @param auth per-IP budget per minute on the credential endpoints
	 * ({@code HEARTH_RATE_LIMIT_AUTH}); 0 disables
	 * @param api per-user (or per-IP when anonymous) budget per minute on the API
	 * ({@code HEARTH_RATE_LIMIT_API}); 0 disables
	 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is
	 * believed
	 */
	public record RateLimit(long auth, long api, List<String> trustedProxies) {
	}

	/**
	 * @param maxBodySize the largest non-multipart request body accepted
	 */
	public record Http(DataSize maxBodySize) {
	}

}
