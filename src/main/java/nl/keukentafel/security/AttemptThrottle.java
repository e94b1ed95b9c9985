package nl.keukentafel.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts attempts (wrong passwords, wrong join codes, notes placed) per key, such as an account
 * name, a participant or a client address, with a token bucket each. A key that used up its bucket is blocked until it
 * refills. Memory is bounded: the least recently used keys are forgotten first.
 */
public final class AttemptThrottle {

    private final int capacity;
    private final int refill;
    private final Duration refillPeriod;
    private final Map<String, Bucket> buckets;

    public AttemptThrottle(int capacity, Duration refillPeriod, int maxKeys) {
        this(capacity, capacity, refillPeriod, maxKeys);
    }

    /**
     * A bucket that holds {@code capacity} attempts and gets {@code refill} back per period: a burst
     * above the steady rate (a tablet sending what it wrote offline) is allowed once.
     */
    public AttemptThrottle(int capacity, int refill, Duration refillPeriod, int maxKeys) {
        this.capacity = capacity;
        this.refill = refill;
        this.refillPeriod = refillPeriod;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** True when the key has no attempts left. */
    public synchronized boolean isBlocked(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Counts one failed attempt for the key. */
    public synchronized void recordFailure(String key) {
        buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }

    /**
     * Counts one action for the key if its bucket has one left, for limits on what people do
     * rather than on what they get wrong; false (and nothing counted) when the key used them all.
     */
    public synchronized boolean tryAcquire(String key) {
        return buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }

    /** How long until the key has an attempt again (zero when it has one now). */
    public synchronized Duration waitFor(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(refill, refillPeriod)
                        .build())
                .build();
    }
}
