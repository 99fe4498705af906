package io.marketpilot.automation.journey;

import io.marketpilot.automation.segment.ConditionLanguage;
import io.marketpilot.automation.segment.EventFilter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the {@code event} filter and optional {@code properties} equalities of an object into an {@link EventMatch}. */
final class MatchReader {
    private MatchReader() {}

    static EventMatch read(JsonObject o) {
        int before = o.problems.size();
        EventFilter filter = null;
        if (!o.has("event")) {
            o.fail("event", "missing; expected an event filter like {\"type\": \"purchase\"} ({} matches every event)");
        } else {
            filter = ConditionLanguage.readFilter(o.raw("event"), o.at("event"), o.problems);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        if (o.has("properties")) {
            JsonObject p = JsonObject.of(o.raw("properties"), o.at("properties"), o.problems,
                    "an object of property names and the values they must equal");
            if (p != null) {
                p.map.forEach((k, v) -> {
                    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                        properties.put(String.valueOf(k), PropertyText.of(v));
                    } else {
                        p.fail(String.valueOf(k), "expected a string, number or true/false, found " + JsonObject.found(v));
                    }
                });
            }
        }
        return o.problems.size() == before ? new EventMatch(filter, properties) : null;
    }
}
