package io.marketpilot.data.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Generates a seeded demo shop into a directory: {@code items.jsonl}, {@code customers.jsonl},
 * {@code events.jsonl} (sorted by timestamp) and {@code truth.json} (the planted tastes,
 * popularity and bundles that models can be checked against).
 *
 * <pre>{@code
 * DemoShop shop = new DemoShopGenerator().generate(DemoShopConfig.defaults(), dir, ProgressListener.silent());
 * }</pre>
 *
 * The same config always yields byte-identical files; nothing reads the system clock.
 */
public final class DemoShopGenerator {

    public static final String ITEMS = "items.jsonl";
    public static final String CUSTOMERS = "customers.jsonl";
    public static final String EVENTS = "events.jsonl";
    public static final String TRUTH = "truth.json";

    /**
     * Writes the four files into {@code dir} (created if missing; existing files are replaced).
     *
     * @param progress told about each stage, and every 50,000 events
     * @throws IOException if a file cannot be written
     */
    public DemoShop generate(DemoShopConfig cfg, Path dir, ProgressListener progress) throws IOException {
        Objects.requireNonNull(cfg, "cfg");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(progress, "progress");
        Files.createDirectories(dir);
        Path items = dir.resolve(ITEMS);
        Path customersFile = dir.resolve(CUSTOMERS);
        Path events = dir.resolve(EVENTS);
        Path truth = dir.resolve(TRUTH);

        Catalogue catalogue = Catalogue.build(cfg);
        Bundles bundles = Bundles.plant(catalogue, cfg.seed());
        CatalogueWriter.write(catalogue, items, progress);
        List<Customer> customers = Customers.build(cfg);
        CustomerWriter.write(customers, customersFile, progress);
        Seasonality seasonality = new Seasonality(cfg);
        progress.progress("events", 0, cfg.events());
        EventWriter writer = new EventWriter(events, catalogue, customers, progress, cfg.events());
        try (writer) {
            new EventTimeline(cfg, catalogue, bundles, customers, seasonality).run(writer);
        }
        TruthWriter.write(cfg, catalogue, bundles, customers, seasonality, truth);
        progress.progress("truth", 1, 1);
        return new DemoShop(cfg.seed(), dir, items, customersFile, events, truth, catalogue.size(),
                customers.size(), writer.written(), writer.countsByType());
    }
}
