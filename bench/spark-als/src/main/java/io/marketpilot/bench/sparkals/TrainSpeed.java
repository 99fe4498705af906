package io.marketpilot.bench.sparkals;

import io.marketpilot.recommend.als.IalsAlgorithm;
import io.marketpilot.recommend.als.IalsConfig;
import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.evaluation.Protocol;
import io.marketpilot.recommend.model.AlgorithmConfig;
import io.marketpilot.recommend.model.TrainContext;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * iALS against Spark ALS at the same rank and iterations on one dataset's {@code loo} training pairs: one untimed
 * warm-up fit each (JIT; Spark's session and first-job costs), then timed fits. Wall seconds are what the target
 * is stated in; process CPU seconds are beside them because the machine is shared and CPU time moves less with load.
 * Both get the same two cores: iALS two threads, Spark {@code local[2]}.
 */
final class TrainSpeed {
    private TrainSpeed() {}

    static Map<String, Object> run(ComparisonArgs args, SharedDataset dataset, SparkAlsAlgorithm spark,
                                   PrintStream err) {
        Interactions train = new Protocol.LeaveOneOut().split(dataset.read(args.data()), EventWeights.binary())
            .train();
        TrainContext ctx = new TrainContext(args.seed(), args.threads(), f -> { }, "bench", Instant.EPOCH);
        IalsAlgorithm ials = new IalsAlgorithm();
        IalsConfig ialsConfig = IalsConfig.of(args.rank(), 0.1, 1, args.iterations());
        SparkAlsConfig sparkConfig = new SparkAlsConfig(args.rank(), 0.1, 1, args.iterations(), true, 2);
        Map<String, Object> ours = time("ials", ialsConfig, args.speedFits(), dataset, err,
            c -> ials.train(c, train, ctx));
        Map<String, Object> theirs = time("spark-als", sparkConfig, args.speedFits(), dataset, err,
            c -> spark.trainer((SparkAlsConfig) c, ctx).train(train));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dataset", dataset.name());
        s.put("data", "loo training pairs");
        s.put("users", train.userCount());
        s.put("items", train.itemCount());
        s.put("pairs", train.pairs());
        s.put("rank", args.rank());
        s.put("iterations", args.iterations());
        s.put("ials", ours);
        s.put("spark_als", theirs);
        s.put("speedup_wall", Json.round((double) theirs.get("wall_seconds") / (double) ours.get("wall_seconds"), 2));
        s.put("speedup_cpu", Json.round((double) theirs.get("cpu_seconds") / (double) ours.get("cpu_seconds"), 2));
        return s;
    }

    /** Median wall and CPU seconds of {@code fits} fits after one warm-up fit. */
    private static Map<String, Object> time(String name, AlgorithmConfig config, int fits, SharedDataset dataset,
                                            PrintStream err, Consumer<AlgorithmConfig> fit) {
        fit.accept(config);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int f = 0; f < fits; f++) {
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            fit.accept(config);
            wall.add((System.nanoTime() - t0) / 1e9);
            cpu.add((processCpuNanos() - c0) / 1e9);
            err.printf(Locale.ROOT, "speed  %-18s %-10s fit %d: %.2f s wall, %.2f s cpu%n", dataset.name(), name,
                f + 1, wall.getLast(), cpu.getLast());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("params", config.params());
        m.put("wall_seconds", Json.round(median(wall), 3));
        m.put("cpu_seconds", Json.round(median(cpu), 3));
        m.put("fits_wall_seconds", wall.stream().map(v -> Json.round(v, 3)).toList());
        return m;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }
}
