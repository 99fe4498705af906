package io.marketpilot.experiments.stats;

/** Checks shared by every method: alpha is a probability strictly between 0 and 1. */
final class Confidence {
    private Confidence() {
    }

    static void check(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), found " + alpha);
        }
    }
}
