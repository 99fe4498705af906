package io.marketpilot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.engine.config.RecommendConfig;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportReport;
import io.marketpilot.engine.imports.ImportRequest;
import io.marketpilot.engine.recommend.TrainingOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A data directory holding a {@link SyntheticShop} imported and trained, cached under
 * {@code <cache>/recommend-serving-<seed>-<items>-<customers>-<models>/} and reused while its {@code prepared.json}
 * is there (an interrupted preparation is redone from scratch). {@code prepared.json} keeps what preparing cost, so
 * a rerun still reports it. Training runs on a clock fixed at the shop's end, so the models see the whole window.
 */
final class ServingData {
    private static final String PREPARED = "prepared.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServingData() {}

    /** The cached directory for this shop and model list (not necessarily prepared yet). */
    static Path dir(Path cache, SyntheticShop shop, List<String> models) {
        return cache.resolve("recommend-serving-" + shop.seed() + "-" + shop.items() + "-" + shop.customers() + "-"
            + String.join("+", models));
    }

    static EngineConfig engineConfig(Path dir, List<String> models) {
        RecommendConfig d = RecommendConfig.defaults();
        RecommendConfig r = new RecommendConfig(d.eventWeights(), models, d.maxHistory(), d.repeatCategories(),
            d.groupTraits(), d.maxPerCategory(), d.maxPerBrand(), d.placements(), null, d.promotionTolerance(),
            d.seed());
        return EngineConfig.at(dir.resolve("data")).withRecommend(r);
    }

    /** Prepares the directory when needed; returns what preparing cost (read back when cached). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> prepare(Path dir, SyntheticShop shop, List<String> models, PrintStream log)
            throws IOException {
        Path marker = dir.resolve(PREPARED);
        if (Files.exists(marker)) {
            Map<String, Object> cached = JSON.readValue(marker.toFile(), Map.class);
            cached.put("cached", true);
            return cached;
        }
        if (Files.exists(dir)) {
            WorkDir.deleteTree(dir);
        }
        Map<String, Object> out = Report.object();
        Path files = dir.resolve("shop");
        log.printf("generating the synthetic shop (%,d items, %,d customers) into %s …%n", shop.items(),
            shop.customers(), files);
        long t0 = System.nanoTime();
        long events = shop.write(files);
        out.put("generate_s", seconds(t0));
        out.put("events", events);
        Clock clock = Clock.fixed(shop.end(), ZoneOffset.UTC);
        try (Engine engine = Engine.open(engineConfig(dir, models), clock)) {
            for (ImportKind kind : List.of(ImportKind.ITEMS, ImportKind.CUSTOMERS, ImportKind.EVENTS)) {
                Path file = files.resolve(switch (kind) {
                    case ITEMS -> SyntheticShop.ITEMS;
                    case CUSTOMERS -> SyntheticShop.CUSTOMERS;
                    case EVENTS -> SyntheticShop.EVENTS;
                });
                log.printf("importing %s …%n", file.getFileName());
                long t = System.nanoTime();
                ImportReport report = engine.importFile(new ImportRequest(kind, file,
                    kind == ImportKind.EVENTS ? "canonical" : "auto", false), ProgressSink.NONE);
                if (!report.committed()) {
                    throw new IllegalStateException("importing " + file + " failed: " + report);
                }
                out.put("import_" + kind.name().toLowerCase(java.util.Locale.ROOT) + "_s", seconds(t));
            }
            log.printf("training %s on %,d events …%n", models, events);
            long t = System.nanoTime();
            long cpu = ProcessStats.cpuNanos();
            TrainingOutcome trained = engine.trainRecommendations(f -> { });
            out.put("train_s", seconds(t));
            out.put("train_cpu_s", Report.round((ProcessStats.cpuNanos() - cpu) / 1e9, 1));
            out.put("train_heap_peak_mb", Math.round(ProcessStats.heapPeakMb()));
            out.put("model", trained.model() + "@" + trained.version());
            out.put("promoted", trained.promoted());
            out.put("train_metrics", trained.provenance().metrics());
        }
        out.put("prepared_at", Instant.now().toString());
        Files.deleteIfExists(files.resolve(SyntheticShop.EVENTS)); // 1+ GB, imported: no longer needed
        Files.writeString(marker, Report.json(out));
        out.put("cached", false);
        return out;
    }

    private static double seconds(long since) {
        return Report.round((System.nanoTime() - since) / 1e9, 1);
    }
}
