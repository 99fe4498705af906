package io.marketpilot.bench.sparkals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Options of {@link PeerComparison}. Datasets × protocols pick the quality runs; {@code --speed none} skips the
 * speed section and {@code --quality none} the quality runs.
 */
record ComparisonArgs(Path data, List<SharedDataset> datasets, List<String> protocols,
                      List<String> models, boolean quality, boolean speed, int rank, int iterations, int speedFits,
                      int threads, long seed, Optional<Path> reports) {
    /** Every trainable MarketPilot model, as {@code evaluate} runs them by default. */
    static final List<String> OUR_MODELS = List.of("item-knn", "user-knn", "ease", "ials", "bpr",
        "association-rules", "session-knn", "content", "hybrid");

    static final String USAGE = """
        PeerComparison [--data DIR] [--datasets a,b] [--protocols loo,time-split]
                       [--models m1,m2] [--quality all|none] [--speed all|none] [--rank 128] [--iterations 15]
                       [--speed-fits 1] [--threads N] [--seed 42] [--reports DIR]
          --data        the shared datasets (default ../shared/data)
          --datasets    movielens-100k, uci-online-retail, instacart-sample (default: all three)
          --protocols   loo, time-split (default: both; instacart-sample's time-split runs but is flagged as
                        meaningless: 9 test users)
          --models      our models to tune beside spark-als (default: all of evaluate's models)
          --reports     also write each run's full evaluate report (with every tuning trial) here
        """;

    static ComparisonArgs parse(String[] args) {
        Path data = Path.of("../shared/data");
        List<SharedDataset> datasets = SharedDataset.ALL;
        List<String> protocols = List.of("loo", "time-split");
        List<String> models = OUR_MODELS;
        boolean quality = true;
        boolean speed = true;
        int rank = 128;
        int iterations = 15;
        int fits = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        long seed = 42;
        Optional<Path> reports = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--data" -> data = Path.of(v);
                case "--datasets" -> datasets = list(v).stream().map(SharedDataset::named).toList();
                case "--protocols" -> protocols = list(v);
                case "--models" -> models = list(v);
                case "--quality" -> quality = onOff(a, v);
                case "--speed" -> speed = onOff(a, v);
                case "--rank" -> rank = Integer.parseInt(v);
                case "--iterations" -> iterations = Integer.parseInt(v);
                case "--speed-fits" -> fits = Integer.parseInt(v);
                case "--threads" -> threads = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--reports" -> reports = Optional.of(Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        for (String p : protocols) {
            if (!p.equals("loo") && !p.equals("time-split")) {
                throw new IllegalArgumentException("unknown protocol '" + p + "': expected loo or time-split");
            }
        }
        if (fits < 1) {
            throw new IllegalArgumentException("--speed-fits must be >= 1, was " + fits);
        }
        return new ComparisonArgs(data, datasets, protocols, models, quality, speed, rank, iterations, fits,
            threads, seed, reports);
    }

    private static List<String> list(String v) {
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean onOff(String option, String v) {
        return switch (v) {
            case "all" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException(option + " takes all or none, was " + v);
        };
    }
}
