package io.hearth.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import io.hearth.platform.HearthProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

	@Bean
	ByteStore fileStore(HearthProperties hearth) {
		return new ByteStore.Local(hearth.dataDir().resolve("files"));
	}

	@Bean
	FileUrls fileUrls(FilesProperties files, HearthProperties hearth) {
		String secret = files.urlSecret();
		// the prefix keeps this key apart from the JWT secret it defaults to (see
		// application.yml); without either, one key is generated per data dir
		secret = (secret != null && !secret.isBlank()) ? "file-urls:" + secret : io.hearth.platform.SecretFiles
			.readOrCreate(hearth.dataDir().resolve("secrets").resolve("file-urls.key"));
		return new FileUrls(secret.getBytes(StandardCharsets.UTF_8), files.urlTtl());
	}

	/**
	 * @param maxFileSize largest accepted image
	 * @param maxPixels largest accepted width × height (decompression bombs are refused
	 * before decoding)
	 * @param urlTtl lifetime of signed file URLs
	 * @param urlSecret key of the URL signatures; defaults to one derived from
	 * HEARTH_JWT_SECRET (see application.yml)
	 */
	@ConfigurationProperties("hearth.files")
	record FilesProperties(DataSize maxFileSize, long maxPixels, Duration urlTtl, @Nullable String urlSecret) {

		/** Item views with these URLs are cached for up to a minute. */
		static final Duration MIN_URL_TTL = Duration.ofMinutes(5);

		FilesProperties {
			if (urlTtl.compareTo(MIN_URL_TTL) < 0) {
				throw new IllegalArgumentException("hearth.files.url-ttl (HEARTH_FILE_URL_TTL) must be at least "
						+ MIN_URL_TTL.toMinutes() + " minutes, not " + urlTtl);
			}
		}

	}

}
