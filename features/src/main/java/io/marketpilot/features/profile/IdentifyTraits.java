package io.marketpilot.features.profile;

import io.marketpilot.core.event.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The traits an {@code identify} event states: {@code properties.traits} when it is an object (Segment style), else
 * every property except {@code consent}.
 */
final class IdentifyTraits {
    private IdentifyTraits() {}

    static Map<String, Object> of(Event e) {
        if (e.properties().get("traits") instanceof Map<?, ?> traits) {
            Map<String, Object> out = new LinkedHashMap<>();
            traits.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>(e.properties());
        out.remove("consent");
        return out;
    }
}
