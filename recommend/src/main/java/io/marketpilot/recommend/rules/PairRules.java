package io.marketpilot.recommend.rules;

/**
 * Rules with a single-item antecedent x → y in CSR form by x: rules of x are
 * {@code [start[x], start[x + 1])}, already in "bought together" order. {@code count} is the number of baskets with
 * both items.
 */
record PairRules(int[] start, int[] item, int[] count, float[] confidence, float[] lift) {
    int size() {
        return item.length;
    }
}
