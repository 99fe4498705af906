package io.marketpilot.engine.journey;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How journeys run (docs/configuration.md, "Journeys"): the shop time zone that schedules (cron) and date triggers
 * are read in, how many runs one transaction moves, how many pending intents one pass performs, and how often servers
 * look for due timers ({@code timerEvery}, passed to {@link JourneyService#start}).
 */
public record JourneyConfig(ZoneId shopZone, int batch, int intentBatch, Duration timerEvery) {
    public JourneyConfig {
        Objects.requireNonNull(shopZone, "shopZone");
        Objects.requireNonNull(timerEvery, "timerEvery");
        if (batch < 1 || intentBatch < 1) {
            throw new IllegalArgumentException("journeys.batch and journeys.intentBatch: expected >= 1, found "
                    + batch + " and " + intentBatch);
        }
    }

    /** Timers checked every second. */
    public JourneyConfig(ZoneId shopZone, int batch, int intentBatch) {
        this(shopZone, batch, intentBatch, Duration.ofSeconds(1));
    }

    public static JourneyConfig defaults() {
        return new JourneyConfig(ZoneId.of("UTC"), 500, 5_000, Duration.ofSeconds(1));
    }

    public JourneyConfig withShopZone(ZoneId zone) {
        return new JourneyConfig(zone, batch, intentBatch, timerEvery);
    }
}
