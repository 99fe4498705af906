package io.marketpilot.experiments.assignment;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sticky pins in a concurrent map (tests, simulations). */
public final class InMemoryStickyAssignments implements StickyAssignments {
    private final Map<String, String> pins = new ConcurrentHashMap<>();

    @Override
    public Optional<String> recall(String experiment, String unit) {
        return Optional.ofNullable(pins.get(experiment + '\u0000' + unit));
    }

    @Override
    public void remember(String experiment, String unit, String variant) {
        pins.putIfAbsent(experiment + '\u0000' + unit, variant);
    }
}
