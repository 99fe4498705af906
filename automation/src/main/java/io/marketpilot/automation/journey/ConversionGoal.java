package io.marketpilot.automation.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What counts as a conversion (e.g. a purchase) and how long after entry it is attributed to the journey. */
public record ConversionGoal(EventMatch match, Duration window) {
    public ConversionGoal {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(window, "window");
    }

    /** The end of the attribution window of a run entered at {@code enteredAt}. */
    public Instant windowEnd(Instant enteredAt) {
        return enteredAt.plus(window);
    }
}
