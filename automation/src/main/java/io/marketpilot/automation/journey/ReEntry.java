package io.marketpilot.automation.journey;

import java.time.Duration;
import java.util.Objects;

/** Whether a customer who was in the journey before may enter it again (never while a run is still active). */
public sealed interface ReEntry {
    /** Once per customer, ever. */
    record Never() implements ReEntry {}

    /** Again once {@code gap} has passed since the previous entry. */
    record After(Duration gap) implements ReEntry {
        public After {
            Objects.requireNonNull(gap, "gap");
        }
    }

    /** Again whenever the trigger fires and no run of the customer is active. */
    record Always() implements ReEntry {}
}
