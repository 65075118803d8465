package io.hearth.support;

import io.hearth.platform.HearthProperties;
import org.mockito.Mockito;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * What the edge needs in a slice: the platform's settings, and from identity a decoder
 * that is never asked (test requests are already authenticated) and the stock JWT
 * converter.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(HearthProperties.class)
class SliceSecurity {

	@Bean
	JwtDecoder sliceJwtDecoder() {
		return Mockito.mock(JwtDecoder.class);
	}

	@Bean
	JwtAuthenticationConverter sliceJwtConverter() {
		return new JwtAuthenticationConverter();
	}

}
