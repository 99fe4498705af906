package io.marketpilot.bench.sparkals;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recommendation-quality bench (bench/recommend-quality): for each shared dataset × protocol, one tuned
 * evaluation of our models beside Spark ALS, then iALS against Spark ALS training time at the same rank and
 * iterations. Prints one JSON object to stdout (runs, speed, and the verdict on the targets); progress to stderr.
 *
 * <p>Targets: on every dataset and meaningful protocol, the best MarketPilot model reaches at least the NDCG@10 of
 * the best of Spark ALS, EASE and item-kNN (ratio ≥ 1), and at least 5% more (ratio ≥ 1.05 on all of a dataset's
 * meaningful protocols) on two of the three datasets; iALS trains at least 5× faster than Spark ALS.
 */
public final class PeerComparison {
    private static final double BETTER = 1.05;
    private static final double SPEEDUP = 5;

    private PeerComparison() {}

    public static void main(String[] argv) throws IOException {
        ComparisonArgs args;
        try {
            args = ComparisonArgs.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream err = System.err;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bench", "recommend-quality");
        out.put("machine", machine());
        List<Map<String, Object>> runs = new ArrayList<>();
        List<Map<String, Object>> speed = new ArrayList<>();
        try (SparkAlsAlgorithm spark = new SparkAlsAlgorithm()) {
            err.printf("spark session started in %.1f s%n", spark.startSpark().toNanos() / 1e9);
            if (args.quality()) {
                for (SharedDataset d : args.datasets()) {
                    for (String protocol : args.protocols()) {
                        QualityRun.Outcome o = QualityRun.run(args, d, protocol, spark, err);
                        runs.add(o.summary());
                        if (args.reports().isPresent()) {
                            Files.createDirectories(args.reports().get());
                            Files.writeString(args.reports().get().resolve(d.name() + "-" + protocol + ".json"),
                                Json.write(o.report()) + "\n");
                        }
                    }
                }
            }
            if (args.speed()) {
                for (SharedDataset d : args.datasets()) {
                    speed.add(TrainSpeed.run(args, d, spark, err));
                }
            }
        }
        out.put("runs", runs);
        out.put("speed", speed);
        out.put("targets", verdict(runs, speed));
        out.put("load_average_at_end", loadAverage());
        System.out.println(Json.write(out));
    }

    private static Map<String, Object> verdict(List<Map<String, Object>> runs, List<Map<String, Object>> speed) {
        Map<String, Object> v = new LinkedHashMap<>();
        Set<String> datasets = new LinkedHashSet<>();
        Set<String> notBetter = new LinkedHashSet<>();
        List<String> belowReference = new ArrayList<>();
        for (Map<String, Object> r : runs) {
            if (!(boolean) r.get("meaningful")) {
                continue;
            }
            String d = (String) r.get("dataset");
            double ratio = (double) r.get("ratio");
            datasets.add(d);
            if (ratio < 1) {
                belowReference.add(d + "/" + r.get("protocol"));
            }
            if (ratio < BETTER) {
                notBetter.add(d);
            }
        }
        List<String> better = datasets.stream().filter(d -> !notBetter.contains(d)).toList();
        v.put("at_least_as_good_everywhere", runs.isEmpty() ? null : belowReference.isEmpty());
        v.put("runs_below_reference", belowReference);
        v.put("datasets_5pct_better", better);
        v.put("five_pct_better_on_two_datasets", runs.isEmpty() ? null : better.size() >= 2);
        List<String> slow = speed.stream().filter(s -> (double) s.get("speedup_wall") < SPEEDUP)
            .map(s -> (String) s.get("dataset")).toList();
        v.put("ials_5x_faster_everywhere", speed.isEmpty() ? null : slow.isEmpty());
        v.put("datasets_below_5x", slow);
        return v;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_gib", Json.round(Runtime.getRuntime().maxMemory() / (double) (1L << 30), 1));
        m.put("java", Runtime.version().toString());
        m.put("spark_blas", dev.ludovic.netlib.blas.BLAS.getInstance().getClass().getSimpleName());
        m.put("load_average_at_start", loadAverage());
        return m;
    }

    private static double loadAverage() {
        return Json.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
    }
}
