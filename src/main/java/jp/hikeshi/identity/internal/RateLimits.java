package jp.hikeshi.identity.internal;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets by key (a token id, a client address): each key may spend
 * {@code perMinute} calls at once and gets them back evenly over a minute. The buckets
 * live in this instance's memory: with several instances behind a load balancer a caller
 * may spend the allowance once per instance, which still bounds it. At most
 * {@value #MAX_KEYS} keys are kept; beyond that all are forgotten at once rather than
 * letting a flood of addresses fill the memory.
 */
final class RateLimits {

	private static final int MAX_KEYS = 100_000;

	private final int perMinute;

	private final ConcurrentMap<Object, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimits(int perMinute) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("a rate limit needs at least one call per minute, not " + perMinute);
		}
		this.perMinute = perMinute;
	}

	/**
	 * Spends one call of the key; empty when allowed, else the whole seconds to wait
	 * before the next call.
	 */
	OptionalLong spend(Object key) {
		if (buckets.size() >= MAX_KEYS) {
			buckets.clear();
		}
		ConsumptionProbe probe = buckets
			.computeIfAbsent(key,
					k -> Bucket.builder()
						.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
						.build())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
	}

}
