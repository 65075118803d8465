package io.hearth.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module ({@code hearth.identity.*}, from the {@code HEARTH_*}
 * variables in application.yml).
 *
 * @param registration {@code open} (anyone may register) or {@code closed} (admins create
 * accounts)
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token (and of an idle session)
 * @param refreshGrace how long a just-spent refresh token still works, for concurrent
 * refreshes (≤ 30 s)
 * @param bcryptCost work factor of new password hashes
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param publicUrl where the web client lives, for links in mails
 * @param keys signing keys
 * @param bootstrapAdmin the first admin, created at start-up when no admin exists
 */
@ConfigurationProperties("hearth.identity")
record IdentityProperties(String registration, Duration accessTokenTtl, Duration refreshTokenTtl, Duration refreshGrace,
		int bcryptCost, int maxFailedLogins, Duration lockout, String publicUrl, Jwt jwt, Keys keys,
		Bootstrap bootstrapAdmin) {

	IdentityProperties {
		if (refreshGrace.isNegative() || refreshGrace.compareTo(Duration.ofSeconds(30)) > 0) {
			throw new IllegalArgumentException("HEARTH_REFRESH_GRACE must be between 0 and 30 seconds");
		}
		if (bcryptCost < 4 || bcryptCost > 31) {
			throw new IllegalArgumentException("HEARTH_BCRYPT_COST must be between 4 and 31");
		}
		if (!registration.equals("open") && !registration.equals("closed")) {
			throw new IllegalArgumentException("HEARTH_REGISTRATION must be open or closed");
		}
	}

	boolean registrationOpen() {
		return "open".equals(this.registration);
	}

	/**
	 * @param secret HS256 signing secret (HEARTH_JWT_SECRET); generated per data dir
	 * outside prod when empty
	 * @param issuer the {@code iss} of every token
	 */
	record Jwt(@Nullable String secret, String issuer) {
	}

	/**
	 * @param algorithm {@code HS256} (secret from HEARTH_JWT_SECRET) or {@code RS256}
	 * @param privateKeyFile RS256: PKCS#8 PEM private key; generated under the data dir
	 * outside prod
	 * @param extraPublicKeyFiles RS256: older public keys still accepted (and published)
	 * during a rotation
	 */
	record Keys(String algorithm, @Nullable Path privateKeyFile, List<Path> extraPublicKeyFiles) {

		boolean rsa() {
			return "RS256".equalsIgnoreCase(this.algorithm);
		}

	}

	record Bootstrap(@Nullable String username, @Nullable String email, @Nullable String password) {

		boolean requested() {
			return this.username != null && !this.username.isBlank();
		}

	}

}
