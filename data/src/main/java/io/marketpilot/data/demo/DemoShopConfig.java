package io.marketpilot.data.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What demo shop to generate. Events are spread over the {@code days} days before {@code end}
 * (exclusive); {@code end} is fixed data, never the system clock, so runs are reproducible.
 *
 * @param seed      seeds every random draw; same config → byte-identical files
 * @param products  catalogue size (≥ 10)
 * @param customers customer count (≥ 1)
 * @param events    exact number of events written (≥ 0)
 * @param days      length of the event window (1–3650)
 * @param end       exclusive end of the event window
 */
public record DemoShopConfig(long seed, int products, int customers, int events, int days, Instant end) {

    /** Rejects every invalid field at once, each problem with its path and actual value. */
    public DemoShopConfig {
        List<String> problems = new ArrayList<>();
        if (products < 10) {
            problems.add("demo.products must be >= 10 but was " + products);
        }
        if (products > 9_999_999) {
            problems.add("demo.products must be <= 9999999 but was " + products);
        }
        if (customers < 1) {
            problems.add("demo.customers must be >= 1 but was " + customers);
        }
        if (events < 0) {
            problems.add("demo.events must be >= 0 but was " + events);
        }
        if (days < 1 || days > 3650) {
            problems.add("demo.days must be in [1, 3650] but was " + days);
        }
        if (end == null) {
            problems.add("demo.end must be set but was null");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Seed 42, 5,000 products, 10,000 customers, 1,000,000 events over the 90 days before 2026-11-01Z. */
    public static DemoShopConfig defaults() {
        return new DemoShopConfig(42, 5_000, 10_000, 1_000_000, 90, Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** The same shop shape with another seed. */
    public DemoShopConfig withSeed(long newSeed) {
        return new DemoShopConfig(newSeed, products, customers, events, days, end);
    }

    /** The first instant of the window (inclusive). */
    public Instant start() {
        return end.minusSeconds(86_400L * days);
    }
}
