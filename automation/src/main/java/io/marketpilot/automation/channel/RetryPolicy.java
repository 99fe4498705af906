package io.marketpilot.automation.channel;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff: after failure n (1-based) the next attempt waits {@code first · 2^(n-1)}, at most
 * {@code longest}; after {@code maxAttempts} failures the message is dead-lettered. No jitter: time is
 * simulated in tests and the outbox spreads load by itself.
 */
public record RetryPolicy(int maxAttempts, Duration first, Duration longest) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofHours(1));

    public RetryPolicy {
        if (maxAttempts < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry policy needs max_attempts >= 1 and 0 < first <= longest");
        }
    }

    /** When to try again after {@code failures} failed attempts, or null if the message is dead. */
    public Instant next(int failures, Instant now) {
        if (failures >= maxAttempts) {
            return null;
        }
        Duration wait = first.multipliedBy(1L << Math.min(30, failures - 1));
        return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
