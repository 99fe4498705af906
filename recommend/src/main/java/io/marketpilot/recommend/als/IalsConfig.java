package io.marketpilot.recommend.als;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hyper-parameters of implicit ALS. A stored pair with weight {@code w} is a positive with confidence
 * {@code c = 1 + alpha·w} ({@link Confidence#LINEAR}) or {@code 1 + alpha·log(1 + w/epsilon)}
 * ({@link Confidence#LOG}); every other cell is a zero with confidence 1. Each row's vector is regularised by
 * {@code lambda}, or by {@code lambda·n} for a row with {@code n} pairs ({@link RegScaling#FREQUENCY}, as Spark
 * MLlib and ALS-WR do). {@link Solver#CG} takes {@code cgSteps} conjugate-gradient steps per row and sweep,
 * warm-started from the row's previous vector; {@link Solver#CHOLESKY} solves each row exactly (slow, for
 * checking).
 */
public record IalsConfig(int factors, double lambda, double alpha, int iterations, Confidence confidence,
                         double epsilon, RegScaling regScaling, Solver solver, int cgSteps)
    implements AlgorithmConfig {

    /** How a pair's weight becomes a confidence. */
    public enum Confidence { LINEAR, LOG }

    /** Whether the regularisation grows with a row's number of pairs. */
    public enum RegScaling { CONSTANT, FREQUENCY }

    /** How each row's least-squares system is solved. */
    public enum Solver { CG, CHOLESKY }

    public IalsConfig {
        java.util.Objects.requireNonNull(confidence, "confidence");
        java.util.Objects.requireNonNull(regScaling, "regScaling");
        java.util.Objects.requireNonNull(solver, "solver");
        check(factors >= 1 && factors <= 4096, "factors must be in 1..4096, was " + factors);
        check(lambda >= 0 && Double.isFinite(lambda), "lambda must be a finite number >= 0, was " + lambda);
        check(alpha >= 0 && Double.isFinite(alpha), "alpha must be a finite number >= 0, was " + alpha);
        check(iterations >= 1, "iterations must be >= 1, was " + iterations);
        check(epsilon > 0 && Double.isFinite(epsilon), "epsilon must be a finite number > 0, was " + epsilon);
        check(cgSteps >= 1, "cgSteps must be >= 1, was " + cgSteps);
    }

    /**
     * Only the main knobs; the rest as measured best on MovieLens-100k and UCI Online Retail: linear confidence,
     * frequency-scaled regularisation, 3 CG steps.
     */
    public static IalsConfig of(int factors, double lambda, double alpha, int iterations) {
        return new IalsConfig(factors, lambda, alpha, iterations, Confidence.LINEAR, 1.0, RegScaling.FREQUENCY,
            Solver.CG, 3);
    }

    public IalsConfig withConfidence(Confidence c, double eps) {
        return new IalsConfig(factors, lambda, alpha, iterations, c, eps, regScaling, solver, cgSteps);
    }

    public IalsConfig withRegScaling(RegScaling r) {
        return new IalsConfig(factors, lambda, alpha, iterations, confidence, epsilon, r, solver, cgSteps);
    }

    public IalsConfig withSolver(Solver s, int steps) {
        return new IalsConfig(factors, lambda, alpha, iterations, confidence, epsilon, regScaling, s, steps);
    }

    /** The confidence of a stored pair of weight {@code w}. */
    double confidenceOf(float w) {
        return confidence == Confidence.LINEAR ? 1 + alpha * w : 1 + alpha * Math.log1p(w / epsilon);
    }

    /** The regularisation of a row with {@code n} pairs. */
    double lambdaFor(int n) {
        return regScaling == RegScaling.CONSTANT ? lambda : lambda * n;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("factors", factors);
        p.put("lambda", lambda);
        p.put("alpha", alpha);
        p.put("iterations", iterations);
        p.put("confidence", lower(confidence));
        if (confidence == Confidence.LOG) {
            p.put("epsilon", epsilon);
        }
        p.put("reg_scaling", lower(regScaling));
        p.put("solver", lower(solver));
        if (solver == Solver.CG) {
            p.put("cg_steps", cgSteps);
        }
        return p;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
