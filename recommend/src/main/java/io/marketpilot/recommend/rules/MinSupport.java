package io.marketpilot.recommend.rules;

/**
 * The smallest number of baskets an itemset must appear in: an absolute {@link Count} or a {@link Fraction} of all
 * baskets. A fraction never resolves below 2, because itemsets seen in a single basket are noise and their number
 * explodes combinatorially with basket size.
 */
public sealed interface MinSupport {
    /** The threshold as a basket count for {@code baskets} baskets. */
    int threshold(int baskets);

    static MinSupport baskets(int n) {
        return new Count(n);
    }

    static MinSupport fraction(double f) {
        return new Fraction(f);
    }

    /** At least {@code value} baskets. */
    record Count(int value) implements MinSupport {
        public Count {
            if (value < 1) {
                throw new IllegalArgumentException("min support count must be >= 1, was " + value);
            }
        }

        @Override
        public int threshold(int baskets) {
            return value;
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }

    /** At least this share of all baskets (0 < value < 1), and at least 2 baskets. */
    record Fraction(double value) implements MinSupport {
        public Fraction {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("min support fraction must be in (0, 1), was " + value);
            }
        }

        @Override
        public int threshold(int baskets) {
            return Math.max(2, (int) Math.ceil(value * baskets - 1e-9));
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }
}
