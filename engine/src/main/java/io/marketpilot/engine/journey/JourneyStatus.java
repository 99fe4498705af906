package io.marketpilot.engine.journey;

import java.util.Locale;

/** Whether a journey enters customers: a draft and a paused journey do not (paused runs also stop moving). */
public enum JourneyStatus {
    DRAFT, ACTIVE, PAUSED;

    /** The wire name: {@code draft}, {@code active}, {@code paused}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
