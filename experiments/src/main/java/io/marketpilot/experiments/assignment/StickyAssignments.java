package io.marketpilot.experiments.assignment;

import java.util.Optional;

/**
 * Pins units to the variant they were exposed to, so changing weights moves only units that never saw a variant.
 * The engine keeps pins in the state store; {@link InMemoryStickyAssignments} serves tests and simulations.
 */
public interface StickyAssignments {
    StickyAssignments NONE = new StickyAssignments() {
        @Override
        public Optional<String> recall(String experiment, String unit) {
            return Optional.empty();
        }

        @Override
        public void remember(String experiment, String unit, String variant) {
        }
    };

    Optional<String> recall(String experiment, String unit);

    void remember(String experiment, String unit, String variant);
}
