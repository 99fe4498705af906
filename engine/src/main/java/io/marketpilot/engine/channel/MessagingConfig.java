package io.marketpilot.engine.channel;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.RetryPolicy;
import io.marketpilot.automation.guard.FrequencyCap;
import io.marketpilot.automation.guard.RateLimitGuard;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How messages go out (docs/configuration.md, "Messaging"): retries, frequency caps on marketing messages, quiet
 * hours (in the customer's {@code timezone} trait, else {@code shopZone}), send-rate limits per channel, the public
 * base URL that tracking links point at, and how often the dispatcher looks for due messages.
 */
public record MessagingConfig(RetryPolicy retry, List<FrequencyCap> caps, LocalTime quietStart, LocalTime quietEnd,
                              ZoneId shopZone, Map<ChannelName, RateLimitGuard.Limit> rateLimits, String publicBaseUrl,
                              Duration pollEvery) {
    public MessagingConfig {
        Objects.requireNonNull(retry, "retry");
        caps = List.copyOf(caps);
        rateLimits = Map.copyOf(rateLimits);
        Objects.requireNonNull(quietStart, "quietStart");
        Objects.requireNonNull(quietEnd, "quietEnd");
        Objects.requireNonNull(shopZone, "shopZone");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(pollEvery, "pollEvery");
    }

    public static MessagingConfig defaults() {
        return new MessagingConfig(RetryPolicy.DEFAULT,
                List.of(FrequencyCap.acrossChannels(FrequencyCap.Window.DAY, 2),
                        FrequencyCap.acrossChannels(FrequencyCap.Window.WEEK, 5),
                        FrequencyCap.acrossChannels(FrequencyCap.Window.MONTH, 12)),
                LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("UTC"), Map.of(), "http://127.0.0.1:8080",
                Duration.ofSeconds(1));
    }

    public MessagingConfig withCaps(List<FrequencyCap> newCaps) {
        return new MessagingConfig(retry, newCaps, quietStart, quietEnd, shopZone, rateLimits, publicBaseUrl, pollEvery);
    }

    public MessagingConfig withQuietHours(LocalTime start, LocalTime end) {
        return new MessagingConfig(retry, caps, start, end, shopZone, rateLimits, publicBaseUrl, pollEvery);
    }

    public MessagingConfig withPublicBaseUrl(String url) {
        return new MessagingConfig(retry, caps, quietStart, quietEnd, shopZone, rateLimits, url, pollEvery);
    }
}
