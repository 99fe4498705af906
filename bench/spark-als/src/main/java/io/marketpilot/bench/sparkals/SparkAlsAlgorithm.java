package io.marketpilot.bench.sparkals;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.TrainContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Apache Spark MLlib ALS with implicit preferences, as a peer in our evaluation: it trains on our
 * {@link Interactions} through a local Spark session ({@code local[2]}, started once per JVM) and scores with the
 * factors it learned. The seed comes from the {@link TrainContext}; its thread count is not used (Spark's two local
 * threads are fixed when the session starts). Call {@link #startSpark()} before timing fits so the session start is
 * not charged to the first one, and {@link #close()} to stop Spark before the JVM exits.
 */
public final class SparkAlsAlgorithm implements Algorithm<SparkAlsConfig>, AutoCloseable {
    /** rank × regParam × alpha: the grid the peers tuned Spark over (27 configs, 15 iterations each). */
    private static final int[] RANKS = {32, 64, 128};
    private static final double[] REG_PARAMS = {0.01, 0.1, 1};
    private static final double[] ALPHAS = {1, 10, 40};

    @Override
    public String name() {
        return "spark-als";
    }

    /** What tuning chose for the peers on 4 of 6 dataset × protocol cells (movielens-100k and online retail). */
    @Override
    public SparkAlsConfig defaults() {
        return SparkAlsConfig.of(128, 0.1, 1);
    }

    @Override
    public List<SparkAlsConfig> searchSpace() {
        List<SparkAlsConfig> grid = new ArrayList<>();
        for (int rank : RANKS) {
            for (double reg : REG_PARAMS) {
                for (double alpha : ALPHAS) {
                    grid.add(SparkAlsConfig.of(rank, reg, alpha));
                }
            }
        }
        return List.copyOf(grid);
    }

    @Override
    public Trainer<Interactions, SparkAlsModel> trainer(SparkAlsConfig config, TrainContext context) {
        return data -> SparkAlsFit.fit(name(), config, data, context);
    }

    @Override
    public ModelFormat<SparkAlsModel> format() {
        return new SparkAlsFormat();
    }

    /** Starts the shared Spark session now if it is not running; returns how long that took (zero if it was). */
    public Duration startSpark() {
        long t0 = System.nanoTime();
        if (LocalSpark.running()) {
            return Duration.ZERO;
        }
        LocalSpark.session();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Stops the shared Spark session; a later training starts a new one. */
    @Override
    public void close() {
        LocalSpark.stop();
    }
}
