package io.marketpilot.automation.guard;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket on caller-supplied time: {@code perSecond} tokens a second, at most {@code burst} saved up.
 * Time that runs backwards is treated as no time passing.
 */
final class TokenBucket {
    private final double perSecond;
    private final double burst;
    private double tokens;
    private Instant last;

    TokenBucket(double perSecond, int burst, Instant start) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = start;
    }

    private void refill(Instant now) {
        if (now.isAfter(last)) {
            double seconds = Duration.between(last, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + seconds * perSecond);
            last = now;
        }
    }

    /** When the next token is available: {@code now} if one is. */
    Instant available(Instant now) {
        refill(now);
        if (tokens >= 1) {
            return now;
        }
        long nanos = (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        return now.plusNanos(Math.max(1, nanos));
    }

    void take(Instant now) {
        refill(now);
        tokens -= 1;
    }
}
