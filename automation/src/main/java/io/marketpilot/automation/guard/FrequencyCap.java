package io.marketpilot.automation.guard;

import io.marketpilot.automation.channel.ChannelName;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code max} marketing messages per customer in any rolling {@code window}, on one channel or (channel
 * empty) across all channels. Rolling windows, not calendar periods: "3 a week" then holds for every 7 days,
 * so no burst at a period boundary can double it.
 */
public record FrequencyCap(Optional<ChannelName> channel, Window window, int max) {
    /** The rolling windows a cap can use. */
    public enum Window {
        DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30));

        private final Duration length;

        Window(Duration length) {
            this.length = length;
        }

        public Duration length() {
            return length;
        }
    }

    public FrequencyCap {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(window, "window");
        if (max < 0) {
            throw new IllegalArgumentException("max must be >= 0, got " + max);
        }
    }

    public static FrequencyCap perChannel(ChannelName channel, Window window, int max) {
        return new FrequencyCap(Optional.of(channel), window, max);
    }

    public static FrequencyCap acrossChannels(Window window, int max) {
        return new FrequencyCap(Optional.empty(), window, max);
    }

    boolean covers(ChannelName sent) {
        return channel.isEmpty() || channel.get().equals(sent);
    }

    String describe() {
        return max + " per " + window.name().toLowerCase(java.util.Locale.ROOT)
                + channel.map(c -> " on " + c).orElse(" across channels");
    }
}
