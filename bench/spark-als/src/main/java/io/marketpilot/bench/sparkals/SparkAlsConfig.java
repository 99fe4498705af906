package io.marketpilot.bench.sparkals;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spark ALS hyper-parameters, named as Spark names them so reports read like the peers' table. The seed is not here:
 * it comes from the {@code TrainContext}.
 */
public record SparkAlsConfig(int rank, double regParam, double alpha, int maxIter, boolean implicitPrefs,
                             int numBlocks) implements AlgorithmConfig {
    public SparkAlsConfig {
        require(rank >= 1, "rank must be >= 1, was " + rank);
        require(regParam >= 0 && Double.isFinite(regParam), "regParam must be a finite number >= 0, was " + regParam);
        require(alpha >= 0 && Double.isFinite(alpha), "alpha must be a finite number >= 0, was " + alpha);
        require(maxIter >= 1, "maxIter must be >= 1, was " + maxIter);
        require(numBlocks >= 1, "numBlocks must be >= 1, was " + numBlocks);
        // the scoring model's fold-in solves the implicit normal equations; explicit ALS would need another one
        require(implicitPrefs, "only implicitPrefs=true is supported (the bench compares implicit-feedback models)");
    }

    /** Implicit ALS with 15 iterations on 2 blocks, as the peers ran it. */
    public static SparkAlsConfig of(int rank, double regParam, double alpha) {
        return new SparkAlsConfig(rank, regParam, alpha, 15, true, 2);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("rank", rank);
        p.put("regParam", regParam);
        p.put("alpha", alpha);
        p.put("maxIter", maxIter);
        p.put("implicitPrefs", implicitPrefs);
        p.put("numBlocks", numBlocks);
        return p;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
