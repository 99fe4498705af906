package io.marketpilot.recommend.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one place algorithms are registered, by name. */
public final class Algorithms {
    private final Map<String, Algorithm<?>> byName;

    private Algorithms(List<Algorithm<?>> all) {
        Map<String, Algorithm<?>> m = new LinkedHashMap<>();
        for (Algorithm<?> a : all) {
            if (m.put(a.name(), a) != null) {
                throw new IllegalStateException("algorithm registered twice: " + a.name());
            }
        }
        this.byName = Collections.unmodifiableMap(m);
    }

    public static Algorithms of(List<Algorithm<?>> all) {
        return new Algorithms(new ArrayList<>(all));
    }

    /** These algorithms and {@code more} (e.g. a peer system measured side by side in a benchmark). */
    public Algorithms with(List<Algorithm<?>> more) {
        List<Algorithm<?>> all = new ArrayList<>(byName.values());
        all.addAll(more);
        return new Algorithms(all);
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The algorithm called {@code name}; the error lists the known names. */
    public Algorithm<?> get(String name) {
        Algorithm<?> a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known models: "
                + String.join(", ", byName.keySet()));
        }
        return a;
    }
}
