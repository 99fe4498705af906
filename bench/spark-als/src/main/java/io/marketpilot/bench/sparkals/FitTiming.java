package io.marketpilot.bench.sparkals;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.TrainContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times Spark ALS on a MovieLens {@code u.data} file (tab-separated user, item, rating, unix time; every rating
 * counts as weight 1), session start apart from fits, and prints one JSON object with wall and process CPU seconds
 * per fit. Run with bench/spark-als/run.sh:
 * {@code run.sh io.marketpilot.bench.sparkals.FitTiming [u.data] [rank] [maxIter] [fits]}.
 */
public final class FitTiming {
    private FitTiming() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/work/shared/data/movielens-100k/u.data");
        int rank = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int maxIter = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int fits = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Interactions data = new InteractionsBuilder(EventWeights.binary()).build(readMovieLens(file));
        SparkAlsConfig config = new SparkAlsConfig(rank, 0.1, 1, maxIter, true, 2);
        try (SparkAlsAlgorithm als = new SparkAlsAlgorithm()) {
            double startSeconds = als.startSpark().toNanos() / 1e9;
            List<String> fitSeconds = new ArrayList<>();
            List<String> fitCpuSeconds = new ArrayList<>();
            for (int f = 0; f < fits; f++) {
                long t0 = System.nanoTime();
                long cpu0 = processCpuNanos();
                als.trainer(config, TrainContext.seeded(42)).train(data);
                fitSeconds.add(String.format(Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9));
                fitCpuSeconds.add(String.format(Locale.ROOT, "%.3f", (processCpuNanos() - cpu0) / 1e9));
            }
            System.out.printf(Locale.ROOT,
                "{\"data\":\"%s\",\"users\":%d,\"items\":%d,\"pairs\":%d,\"rank\":%d,\"maxIter\":%d,"
                    + "\"sparkStartSeconds\":%.3f,\"fitSeconds\":[%s],\"fitCpuSeconds\":[%s],\"loadAverage\":%.2f,"
                    + "\"java\":\"%s\"}%n",
                file, data.userCount(), data.itemCount(), data.pairs(), rank, maxIter, startSeconds,
                String.join(",", fitSeconds), String.join(",", fitCpuSeconds),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.version());
        }
    }

    /** CPU time of the whole JVM: on a shared, loaded machine it says more about a fit's cost than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    static InteractionLog readMovieLens(Path file) throws IOException {
        InteractionLog.Builder log = new InteractionLog.Builder();
        try (var lines = Files.lines(file)) {
            lines.filter(l -> !l.isBlank()).forEach(line -> {
                String[] f = line.split("\t");
                if (f.length < 4) {
                    throw new IllegalArgumentException("expected 4 tab-separated fields, got: " + line);
                }
                log.add(f[0], f[1], Long.parseLong(f[3].trim()) * 1000, "rating", Float.parseFloat(f[2]));
            });
        }
        return log.build();
    }
}
