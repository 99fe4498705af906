package io.marketpilot.bench;

import io.marketpilot.data.demo.DemoShopConfig;
import io.marketpilot.data.demo.DemoShopGenerator;
import io.marketpilot.data.demo.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The seeded demo shop the benchmarks read, generated once into {@code <cache>/demo-shop-<seed>-<events>} and
 * reused while its {@code complete} marker is there (an interrupted generation is simply redone). The default
 * cache is {@code bench/target/bench-cache}, set by the launch scripts.
 */
final class DemoCache {
    static final String CACHE_PROPERTY = "marketpilot.bench.cache";
    private static final String MARKER = "complete";

    private DemoCache() {}

    static Path defaultRoot() {
        String configured = System.getProperty(CACHE_PROPERTY);
        return configured == null ? Path.of("bench", "target", "bench-cache") : Path.of(configured);
    }

    /** The events.jsonl of the default shop with {@code events} events (at least the default 1,000,000). */
    static Path events(Path root, long events, PrintStream log) throws IOException {
        DemoShopConfig defaults = DemoShopConfig.defaults();
        int count = (int) Math.max(defaults.events(), events);
        DemoShopConfig cfg = new DemoShopConfig(defaults.seed(), defaults.products(), defaults.customers(), count,
                defaults.days(), defaults.end());
        Path dir = root.resolve("demo-shop-" + cfg.seed() + "-" + cfg.events());
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) {
            log.printf("generating the demo shop (seed %d, %,d events) into %s …%n", cfg.seed(), cfg.events(), dir);
            long start = System.nanoTime();
            new DemoShopGenerator().generate(cfg, dir, quarterly(log));
            Files.writeString(marker, cfg + "\n");
            log.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        return dir.resolve(DemoShopGenerator.EVENTS);
    }

    /** The first {@code n} events of {@code jsonl}: the file itself when it has no more, else a cached slice of it. */
    static Path firstEvents(Path jsonl, long n) throws IOException {
        Path slice = jsonl.resolveSibling("events-first-" + n + ".jsonl");
        if (Files.exists(slice)) {
            return slice;
        }
        Path partial = jsonl.resolveSibling(slice.getFileName() + ".partial");
        long copied = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            for (String line; copied < n && (line = in.readLine()) != null; ) {
                out.write(line);
                out.write('\n');
                copied++;
            }
            if (in.readLine() == null) {
                Files.delete(partial);
                return jsonl;
            }
        }
        Files.move(partial, slice, StandardCopyOption.ATOMIC_MOVE);
        return slice;
    }

    private static ProgressListener quarterly(PrintStream log) {
        return (stage, done, total) -> {
            if ("events".equals(stage) && total > 0 && done > 0 && done % Math.max(1, total / 4) == 0) {
                log.printf("  events %,d / %,d%n", done, total);
            }
        };
    }
}
