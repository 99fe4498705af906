package io.marketpilot.recommend.session;

/**
 * How much a history item counts by its position from the end (0 = most recent) among the {@code length} items used.
 */
public sealed interface Decay {
    double weight(int fromEnd, int length);

    /** Short name for reports: {@code linear} or {@code exponential(f)}. */
    String describe();

    static Decay linear() {
        return new Linear();
    }

    static Decay exponential(double factor) {
        return new Exponential(factor);
    }

    /** (length − fromEnd) / length: the newest item 1, the oldest 1/length (V-SKNN's default). */
    record Linear() implements Decay {
        @Override
        public double weight(int fromEnd, int length) {
            return (length - fromEnd) / (double) length;
        }

        @Override
        public String describe() {
            return "linear";
        }
    }

    /** factor^fromEnd, 0 < factor ≤ 1. */
    record Exponential(double factor) implements Decay {
        public Exponential {
            if (!(factor > 0 && factor <= 1)) {
                throw new IllegalArgumentException("exponential decay factor must be in (0, 1], was " + factor);
            }
        }

        @Override
        public double weight(int fromEnd, int length) {
            return Math.pow(factor, fromEnd);
        }

        @Override
        public String describe() {
            return "exponential(" + factor + ")";
        }
    }
}
