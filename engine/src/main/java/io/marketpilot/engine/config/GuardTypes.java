package io.marketpilot.engine.config;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.guard.FrequencyCap;
import io.marketpilot.automation.guard.RateLimitGuard;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Value types of the messaging guards: frequency caps and per-channel send-rate limits. */
final class GuardTypes {
    private static final String CHANNEL = "a channel name (a-z, 0-9 and '-', starting with a letter, e.g. email)";

    private GuardTypes() {
    }

    /** {@code [{per: day, max: 2}, {per: week, max: 1, channel: sms}]}: without a channel a cap counts every channel. */
    static ValueType<List<FrequencyCap>> caps() {
        return new ListType<>(new CapType(), "[{per: day, max: 2}, {per: week, max: 1, channel: sms}]");
    }

    /** {@code {email: {per_second: 10, burst: 50}}}. */
    static ValueType<Map<ChannelName, RateLimitGuard.Limit>> rateLimits() {
        return new MapType<>(CHANNEL, ChannelName::of, ChannelName::value, new LimitType(),
                "{email: {per_second: 10, burst: 50}}", List.of());
    }

    static ValueType<ChannelName> channel() {
        return new ScalarType<>(CHANNEL, ChannelName::of, ChannelName::value, false);
    }

    static ValueType<FrequencyCap.Window> window() {
        return ValueTypes.choice(List.of(FrequencyCap.Window.values()));
    }

    private record CapType() implements ValueType<FrequencyCap> {
        @Override
        public FrequencyCap read(ConfigNode node, String path, List<ConfigProblem> problems) {
            return Fields.of(node, path, List.of("per", "max", "channel"), "{per: day, max: 2}", problems).map(f -> {
                FrequencyCap.Window per = f.required("per", window());
                Integer max = f.required("max", ValueTypes.integer(0, 1_000_000));
                Optional<ChannelName> channel = Optional.ofNullable(f.optional("channel", channel(), null));
                return f.ok() ? new FrequencyCap(channel, per, max) : null;
            }).orElse(null);
        }

        @Override
        public String yaml(FrequencyCap c) {
            return "{per: " + c.window().name().toLowerCase(Locale.ROOT) + ", max: " + c.max()
                    + c.channel().map(ch -> ", channel: " + ch.value()).orElse("") + "}";
        }

        @Override
        public String expected() {
            return "a cap such as {per: day, max: 2}";
        }
    }

    private record LimitType() implements ValueType<RateLimitGuard.Limit> {
        @Override
        public RateLimitGuard.Limit read(ConfigNode node, String path, List<ConfigProblem> problems) {
            return Fields.of(node, path, List.of("per_second", "burst"), "{per_second: 10, burst: 50}", problems)
                    .map(f -> {
                        Double perSecond = f.required("per_second", ValueTypes.decimal(0.001, 1_000_000, false));
                        Integer burst = f.required("burst", ValueTypes.integer(1, 1_000_000));
                        return f.ok() ? new RateLimitGuard.Limit(perSecond, burst) : null;
                    }).orElse(null);
        }

        @Override
        public String yaml(RateLimitGuard.Limit l) {
            return "{per_second: " + ValueTypes.decimalText(l.perSecond()) + ", burst: " + l.burst() + "}";
        }

        @Override
        public String expected() {
            return "a limit such as {per_second: 10, burst: 50}";
        }
    }
}
