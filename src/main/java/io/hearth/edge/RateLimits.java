package io.hearth.edge;

import io.hearth.platform.HttpRules;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.hearth.platform.ErrorCodes;
import io.lettuce.core.RedisClient;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token-bucket rate limits (Bucket4j), per minute: a strict per-IP budget on the
 * credential endpoints, checked before authentication, and a per-principal (or, for
 * anonymous callers, per-IP) budget on every API request, checked after it. Buckets live
 * in Redis when it is configured, so that several instances share one budget, and in a
 * bounded local cache otherwise. Answers carry {@code RateLimit-*} headers; an empty
 * bucket is a 429 with {@code Retry-After}.
 */
final class RateLimits {

	private static final org.springframework.web.util.UrlPathHelper PATHS = new org.springframework.web.util.UrlPathHelper();

	/** What the modules' {@link HttpRules#strictlyLimited()} name: the strict budget. */
	private final Set<String> strictPaths;

	private final Budgets budgets;

	private final ClientIps clientIps;

	private final ProblemResponses problems;

	private final BucketConfiguration authLimit;

	private final BucketConfiguration apiLimit;

	private final long auth;

	private final long api;

	RateLimits(Budgets budgets, ClientIps clientIps, ProblemResponses problems, Set<String> strictPaths,
			long authPerMinute, long apiPerMinute) {
		this.budgets = budgets;
		this.strictPaths = Set.copyOf(strictPaths);
		this.clientIps = clientIps;
		this.problems = problems;
		this.auth = authPerMinute;
		this.api = apiPerMinute;
		this.authLimit = perMinute(authPerMinute);
		this.apiLimit = perMinute(apiPerMinute);
	}

	private static BucketConfiguration perMinute(long limit) {
		long capacity = Math.max(limit, 1);
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
			.build();
	}

	/** The strict budget, before authentication. */
	OncePerRequestFilter credentialFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				// the decoded path, as routing sees it: "/api/v1/auth/%6Cogin" is the
				// login
				return RateLimits.this.auth <= 0 || !"POST".equals(request.getMethod())
						|| !RateLimits.this.strictPaths.contains(PATHS.getPathWithinApplication(request));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String key = "auth:" + RateLimits.this.clientIps.of(request);
				if (admit(key, RateLimits.this.authLimit, RateLimits.this.auth, request, response)) {
					chain.doFilter(request, response);
				}
			}
		};
	}

	/** The general budget, after authentication, keyed by user when there is one. */
	OncePerRequestFilter apiFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI();
				// credential endpoints have their own, stricter budget
				return RateLimits.this.api <= 0 || !path.startsWith("/api/") || path.startsWith("/api/v1/health")
						|| RateLimits.this.strictPaths.contains(path);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				String key = (authentication != null && authentication.getPrincipal() instanceof Jwt jwt)
						? "user:" + jwt.getSubject() : "ip:" + RateLimits.this.clientIps.of(request);
				if (admit(key, RateLimits.this.apiLimit, RateLimits.this.api, request, response)) {
					chain.doFilter(request, response);
				}
			}
		};
	}

	private boolean admit(String key, BucketConfiguration limit, long perMinute, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ConsumptionProbe probe = this.budgets.consume(key, limit);
		response.setHeader("RateLimit-Policy", perMinute + ";w=60");
		response.setHeader("RateLimit-Limit", String.valueOf(perMinute));
		response.setHeader("RateLimit-Remaining", String.valueOf(Math.max(probe.getRemainingTokens(), 0)));
		response.setHeader("RateLimit-Reset", String.valueOf(seconds(probe.getNanosToWaitForReset())));
		if (probe.isConsumed()) {
			return true;
		}
		long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ErrorCodes.RATE_LIMITED,
				"Too many requests; retry in " + retryAfter + " s");
		return false;
	}

	private static long seconds(long nanos) {
		return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
	}

	/** Where buckets live. */
	interface Budgets {

		ConsumptionProbe consume(String key, BucketConfiguration limit);

	}

	/** One instance: buckets in a bounded cache that forgets idle clients. */
	static final class LocalBudgets implements Budgets {

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();

		@Override
		public ConsumptionProbe consume(String key, BucketConfiguration limit) {
			Bucket bucket = this.buckets.get(key, (k) -> {
				var builder = Bucket.builder();
				for (Bandwidth bandwidth : limit.getBandwidths()) {
					builder.addLimit(bandwidth);
				}
				return builder.build();
			});
			return bucket.tryConsumeAndReturnRemaining(1);
		}

	}

	/** Several instances: buckets in Redis, updated by compare-and-swap. */
	static final class RedisBudgets implements Budgets {

		private final ProxyManager<byte[]> proxies;

		RedisBudgets(RedisClient client) {
			this.proxies = Bucket4jLettuce.casBasedBuilder(client)
				.expirationAfterWrite(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(2)))
				.build();
		}

		@Override
		public ConsumptionProbe consume(String key, BucketConfiguration limit) {
			byte[] redisKey = ("hearth:rate:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			return this.proxies.getProxy(redisKey, () -> limit).tryConsumeAndReturnRemaining(1);
		}

	}

}
