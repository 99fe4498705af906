package io.marketpilot.data.demo;

/** Draws indices proportionally to fixed weights in O(log n) by binary search on cumulative sums. */
final class WeightedSampler {

    private final int[] values;
    private final double[] cumulative;

    /** Draws from {@code values[i]} with weight {@code weights[i]}; weights must not all be zero. */
    WeightedSampler(int[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("need as many weights as values (≥ 1) but got "
                    + values.length + " values and " + weights.length + " weights");
        }
        this.values = values.clone();
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Math.max(0, weights[i]);
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    int size() {
        return values.length;
    }

    int draw(Dice dice) {
        double target = dice.uniform() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values[lo];
    }
}
