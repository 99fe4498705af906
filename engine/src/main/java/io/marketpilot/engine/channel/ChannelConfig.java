package io.marketpilot.engine.channel;

import io.marketpilot.automation.channel.ChannelName;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A configured channel as stored: name, type and settings (secrets included; {@link #masked()} hides them). */
public record ChannelConfig(ChannelName name, String type, Map<String, Object> settings, Instant updatedAt) {
    private static final Set<String> SECRETS = Set.of("secret", "password");

    public ChannelConfig {
        settings = Map.copyOf(settings);
    }

    /** The settings with secret values replaced by {@code "***"}, for API responses. */
    public Map<String, Object> masked() {
        Map<String, Object> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, SECRETS.contains(k) ? "***" : v));
        return out;
    }
}
