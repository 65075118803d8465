package io.hearth.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use in any kind of context (server or command line). */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ClientIps clientIps(HearthProperties properties) {
		return new ClientIps(properties.rateLimit().trustedProxies());
	}

}
