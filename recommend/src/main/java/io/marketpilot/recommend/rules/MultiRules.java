package io.marketpilot.recommend.rules;

/**
 * Rules with an antecedent of two or more items, grouped by the antecedent's smallest item {@code a}: rules of
 * {@code a} are {@code [start[a], start[a + 1])}; rule {@code r}'s other antecedent items are
 * {@code rest[restStart[r] .. restStart[r + 1])} (ascending), it predicts {@code consequent[r]}.
 */
record MultiRules(int[] start, int[] restStart, int[] rest, int[] consequent, float[] confidence) {
    int size() {
        return consequent.length;
    }
}
