package io.hearth.edge;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address: the socket peer, unless that peer is a trusted proxy
 * ({@code HEARTH_TRUSTED_PROXIES}, addresses or CIDR ranges), in which case the
 * right-most untrusted address of {@code X-Forwarded-For}. Never trusts the header from
 * anyone else, so a client cannot pick its own rate-limit key.
 */
public final class ClientIps {

	private final List<Cidr> trusted;

	public ClientIps(List<String> trustedProxies) {
		this.trusted = trustedProxies.stream().map(String::strip).filter((s) -> !s.isEmpty()).map(Cidr::parse).toList();
	}

	public String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (this.trusted.isEmpty() || !isTrusted(peer)) {
			return peer;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank()) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !isTrusted(hop)) {
				return hop;
			}
		}
		return hops[0].strip();
	}

	/**
	 * A filter that makes {@code getRemoteAddr()} answer the client's address for
	 * everything after it, so modules (sessions, audit) read it without knowing about
	 * proxies.
	 */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String client = of(request);
				chain.doFilter(new HttpServletRequestWrapper(request) {
					@Override
					public String getRemoteAddr() {
						return client;
					}

					@Override
					public String getRemoteHost() {
						return client;
					}
				}, response);
			}
		};
	}

	private boolean isTrusted(String address) {
		byte[] bytes = Cidr.bytes(address);
		return bytes != null && this.trusted.stream().anyMatch((cidr) -> cidr.contains(bytes));
	}

	private record Cidr(byte[] network, int prefix) {

		static Cidr parse(String spec) {
			int slash = spec.indexOf('/');
			byte[] network = bytes((slash < 0) ? spec : spec.substring(0, slash));
			if (network == null) {
				throw new IllegalArgumentException("HEARTH_TRUSTED_PROXIES: not an IP address or CIDR range: " + spec);
			}
			int prefix = (slash < 0) ? network.length * 8 : Integer.parseInt(spec.substring(slash + 1));
			return new Cidr(network, prefix);
		}

		static byte[] bytes(String literal) {
			// only literals: never resolve a host name from a header
			if (literal.isEmpty() || !literal.matches("[0-9a-fA-F:.]+")) {
				return null;
			}
			try {
				return InetAddress.ofLiteral(literal).getAddress();
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int bits = this.prefix;
			for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
				int mask = (bits >= 8) ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
				if ((address[i] & mask) != (this.network[i] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

}
