package io.marketpilot.automation.guard;

import io.marketpilot.automation.channel.ChannelName;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A global send-rate limit per channel (all purposes), a token bucket on the injected clock's time: a send over
 * the rate is delayed to the instant the next token arrives. Channels without a limit pass.
 */
public final class RateLimitGuard implements SendGuard {
    /** {@code perSecond} sends a second sustained, bursts up to {@code burst}. */
    public record Limit(double perSecond, int burst) {
        public Limit {
            if (!(perSecond > 0) || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs per_second > 0 and burst >= 1, got "
                        + perSecond + " and " + burst);
            }
        }
    }

    private final Map<ChannelName, Limit> limits;
    private final Map<ChannelName, TokenBucket> buckets = new HashMap<>();

    public RateLimitGuard(Map<ChannelName, Limit> limits) {
        this.limits = Map.copyOf(limits);
    }

    @Override
    public String name() {
        return "rate-limit";
    }

    @Override
    public GuardResult check(SendAttempt a, Instant now) {
        TokenBucket bucket = bucket(a.channel(), now);
        if (bucket == null) {
            return GuardResult.ALLOWED;
        }
        Instant next = bucket.available(now);
        return next.equals(now) ? GuardResult.ALLOWED
                : new GuardResult.Delayed(next, "rate limit of " + limits.get(a.channel()).perSecond()
                        + "/s on " + a.channel());
    }

    @Override
    public void record(SendAttempt a, Instant now) {
        TokenBucket bucket = bucket(a.channel(), now);
        if (bucket != null) {
            bucket.take(now);
        }
    }

    private TokenBucket bucket(ChannelName channel, Instant now) {
        Limit limit = limits.get(channel);
        return limit == null ? null
                : buckets.computeIfAbsent(channel, c -> new TokenBucket(limit.perSecond(), limit.burst(), now));
    }
}
