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
    private final Duration refillPeriod;
    private final Map<String, Bucket> buckets;

    public AttemptThrottle(int capacity, Duration refillPeriod, int maxKeys) {
        this.capacity = capacity;
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

    /** True when the key used part of its bucket that has not refilled yet. */
    public synchronized boolean hasRecent(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() < capacity;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, refillPeriod)
                        .build())
                .build();
    }
}
