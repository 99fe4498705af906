package io.marketpilot.engine.experiments;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exposure event: a {@code custom} event with {@code properties.event = "experiment_exposure"},
 * {@code properties.experiment}, {@code properties.variant} and {@code properties.covariate} (the unit's
 * pre-exposure revenue, see {@link PrePeriodRevenue}), logged once per unit and experiment when the
 * variant is first used (its event id {@code exposure:<experiment>:<unit>} makes repeats idempotent).
 */
final class ExposureEvents {
    static final String NAME = "experiment_exposure";

    private ExposureEvents() {
    }

    static Map<String, Object> wire(String experiment, String unit, String variant, Instant at, double covariate) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("event_id", "exposure:" + experiment + ":" + unit);
        e.put("type", EventType.CUSTOM.wireName());
        if (unit.startsWith(UserId.ANONYMOUS_PREFIX)) {
            e.put("anonymous_id", unit.substring(UserId.ANONYMOUS_PREFIX.length()));
        } else {
            e.put("user_id", unit);
        }
        e.put("timestamp", at.toString());
        e.put("properties", Map.of("event", NAME, "experiment", experiment, "variant", variant,
                "covariate", covariate));
        return e;
    }

    static boolean isExposure(Event e) {
        return e.type() == EventType.CUSTOM && NAME.equals(e.properties().get("event"));
    }

    static String experiment(Event e) {
        return String.valueOf(e.properties().get("experiment"));
    }

    /** The unit's CUPED covariate recorded with the exposure (0 when absent). */
    static double covariate(Event e) {
        return e.properties().get("covariate") instanceof Number n ? n.doubleValue() : 0;
    }

    static String variant(Event e) {
        return String.valueOf(e.properties().get("variant"));
    }
}
