package io.hearth.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.hearth.platform.HearthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The access-token keys. HS256 (default): the secret from {@code HEARTH_JWT_SECRET}, or
 * outside prod a random one generated once under the data dir so restarts keep sessions.
 * RS256: a PKCS#8 private key file (generated the same way outside prod) whose public
 * half, with any older keys still accepted during a rotation, is published at
 * {@code /.well-known/jwks.json} with RFC 7638 {@code kid}s. The decoder accepts only the
 * configured algorithm, so an HS256 token signed with the public key is refused.
 */
final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	static final int MIN_SECRET_BYTES = 32;

	private final boolean rsa;

	private final SecretKey secret;

	private final RSAKey signingKey;

	private final JWKSet published;

	private SigningKeys(boolean rsa, SecretKey secret, RSAKey signingKey, JWKSet published) {
		this.rsa = rsa;
		this.secret = secret;
		this.signingKey = signingKey;
		this.published = published;
	}

	static SigningKeys load(IdentityProperties identity, HearthProperties hearth) {
		Path secrets = hearth.dataDir().resolve("secrets");
		if (!identity.keys().rsa()) {
			String secret = identity.jwt().secret();
			if (secret == null || secret.isBlank()) {
				secret = readOrCreate(secrets.resolve("jwt-hs256.key"), SigningKeys::newSecret);
			}
			byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
			if (bytes.length < MIN_SECRET_BYTES) {
				throw new IllegalStateException("HEARTH_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes");
			}
			return new SigningKeys(false, new SecretKeySpec(bytes, "HmacSHA256"), null, new JWKSet());
		}
		Path keyFile = (identity.keys().privateKeyFile() != null) ? identity.keys().privateKeyFile()
				: secrets.resolve("jwt-rs256.pem");
		try {
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(pem(readOrCreate(keyFile, SigningKeys::newRsaPem))));
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			RSAKey signing = withThumbprint(new RSAKey.Builder(publicKey).privateKey(privateKey));
			List<JWK> keys = new ArrayList<>(List.of(signing.toPublicJWK()));
			for (Path extra : identity.keys().extraPublicKeyFiles()) {
				RSAPublicKey old = (RSAPublicKey) KeyFactory.getInstance("RSA")
					.generatePublic(new X509EncodedKeySpec(pem(Files.readString(extra))));
				keys.add(withThumbprint(new RSAKey.Builder(old)));
			}
			return new SigningKeys(true, null, signing, new JWKSet(keys));
		}
		catch (GeneralSecurityException | IOException | JOSEException | ClassCastException ex) {
			throw new IllegalStateException("Cannot load the RS256 key " + keyFile + ": " + ex.getMessage(), ex);
		}
	}

	private static RSAKey withThumbprint(RSAKey.Builder builder) throws JOSEException {
		RSAKey draft = builder.keyUse(KeyUse.SIGNATURE).algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).build();
		return new RSAKey.Builder(draft).keyID(draft.computeThumbprint().toString()).build();
	}

	JwtEncoder encoder() {
		if (this.rsa) {
			return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.signingKey)));
		}
		return NimbusJwtEncoder.withSecretKey(this.secret).build();
	}

	NimbusJwtDecoder decoder() {
		if (this.rsa) {
			return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(this.published))
				.jwsAlgorithm(SignatureAlgorithm.RS256)
				.build();
		}
		return NimbusJwtDecoder.withSecretKey(this.secret).macAlgorithm(MacAlgorithm.HS256).build();
	}

	boolean rsa() {
		return this.rsa;
	}

	/**
	 * The public keys as a JWK Set document (empty for HS256: a shared secret is never
	 * published).
	 */
	Map<String, Object> jwks() {
		return this.published.toJSONObject(true);
	}

	private static String newSecret() {
		byte[] random = new byte[48];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String newRsaPem() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] pem(String text) {
		String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(body);
	}

	private static String readOrCreate(Path file, java.util.function.Supplier<String> generator) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			Files.createDirectories(file.getParent());
			String value = generator.get();
			Files.writeString(file, value, StandardCharsets.UTF_8);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			log.info("Generated a signing key at {} (configure your own for production)", file);
			return value;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or create the key file " + file
					+ "; set HEARTH_JWT_SECRET or make HEARTH_DATA_DIR writable", ex);
		}
	}

}
