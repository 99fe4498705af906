package io.marketpilot.recommend.bpr;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hyper-parameters of BPR. Each epoch draws as many (user, positive) pairs as the data has, uniformly, each with
 * one negative: uniform over the catalogue ({@link Negatives#UNIFORM}) or in proportion to item popularity
 * ({@link Negatives#POPULAR}, harder negatives). {@code regularization} applies to factors, {@code biasRegularization}
 * to item biases. {@code hogwild} spreads SGD over the context's threads without locks: faster, but no longer
 * reproducible unless threads = 1.
 */
public record BprConfig(int factors, int epochs, double learningRate, double regularization,
                        double biasRegularization, Negatives negatives, boolean hogwild) implements AlgorithmConfig {

    /** Where negative items are drawn from. */
    public enum Negatives { UNIFORM, POPULAR }

    public BprConfig {
        java.util.Objects.requireNonNull(negatives, "negatives");
        check(factors >= 1 && factors <= 4096, "factors must be in 1..4096, was " + factors);
        check(epochs >= 1, "epochs must be >= 1, was " + epochs);
        check(learningRate > 0 && Double.isFinite(learningRate),
            "learningRate must be a finite number > 0, was " + learningRate);
        check(regularization >= 0 && Double.isFinite(regularization),
            "regularization must be a finite number >= 0, was " + regularization);
        check(biasRegularization >= 0 && Double.isFinite(biasRegularization),
            "biasRegularization must be a finite number >= 0, was " + biasRegularization);
    }

    /** Uniform negatives, bias regularisation equal to {@code regularization}, deterministic. */
    public static BprConfig of(int factors, int epochs, double learningRate, double regularization) {
        return new BprConfig(factors, epochs, learningRate, regularization, regularization, Negatives.UNIFORM, false);
    }

    public BprConfig withNegatives(Negatives n) {
        return new BprConfig(factors, epochs, learningRate, regularization, biasRegularization, n, hogwild);
    }

    public BprConfig withHogwild(boolean on) {
        return new BprConfig(factors, epochs, learningRate, regularization, biasRegularization, negatives, on);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("factors", factors);
        p.put("epochs", epochs);
        p.put("learning_rate", learningRate);
        p.put("regularization", regularization);
        p.put("bias_regularization", biasRegularization);
        p.put("negatives", negatives.name().toLowerCase(Locale.ROOT));
        if (hogwild) {
            p.put("hogwild", true);
        }
        return p;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
