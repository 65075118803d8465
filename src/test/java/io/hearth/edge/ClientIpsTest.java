package io.hearth.edge;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientIpsTest {

	@Test
	void shouldIgnoreForwardedForFromAnUntrustedPeer() {
		assertThat(new ClientIps(List.of()).of(request("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
		assertThat(new ClientIps(List.of("10.0.0.0/8")).of(request("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
	}

	@Test
	void shouldTakeTheRightmostUntrustedHopBehindTrustedProxies() {
		ClientIps ips = new ClientIps(List.of("10.0.0.0/8", "192.168.1.1"));
		assertThat(ips.of(request("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.168.1.1"))).isEqualTo("198.51.100.7");
		assertThat(ips.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
		assertThat(ips.of(request("10.1.2.3", "not-an-ip"))).isEqualTo("not-an-ip");
	}

	@Test
	void shouldUnderstandIpv6Ranges() {
		ClientIps ips = new ClientIps(List.of("fd00::/8"));
		assertThat(ips.of(request("fd12::1", "2001:db8::5"))).isEqualTo("2001:db8::5");
	}

	@Test
	void shouldRefuseAMisspelledTrustedProxy() {
		assertThatThrownBy(() -> new ClientIps(List.of("proxy.internal")))
			.hasMessageContaining("HEARTH_TRUSTED_PROXIES");
	}

	private static MockHttpServletRequest request(String peer, String forwarded) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(peer);
		if (forwarded != null) {
			request.addHeader("X-Forwarded-For", forwarded);
		}
		return request;
	}

}
