package io.marketpilot.engine.journey;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How journeys run (docs/configuration.md, "Journeys"): the shop time zone that schedules (cron) and date triggers
 * are read in, how many runs one transaction moves, and how many pending intents one pass performs.
 */
public record JourneyConfig(ZoneId shopZone, int batch, int intentBatch) {
    public JourneyConfig {
        Objects.requireNonNull(shopZone, "shopZone");
        if (batch < 1 || intentBatch < 1) {
            throw new IllegalArgumentException("journeys.batch and journeys.intentBatch: expected >= 1, found "
                    + batch + " and " + intentBatch);
        }
    }

    public static JourneyConfig defaults() {
        return new JourneyConfig(ZoneId.of("UTC"), 500, 5_000);
    }

    public JourneyConfig withShopZone(ZoneId zone) {
        return new JourneyConfig(zone, batch, intentBatch);
    }
}
