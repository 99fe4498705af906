package io.marketpilot.recommend.rules;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Turns frequent itemsets into rules: for every itemset Z of two or more items and every y in Z, the rule
 * Z \ {y} → y with confidence support(Z) / support(Z \ {y}) (the antecedent is frequent too, so its support is
 * known) and lift confidence / (support(y) / baskets). Rules under the confidence threshold are dropped.
 */
final class RuleBuilder {
    private RuleBuilder() {}

    static PairRules pairs(FrequentItemsets sets, int itemCount, int[] itemSupport, double minConfidence,
                           RuleOrder order) {
        Growable g = new Growable();
        double baskets = sets.baskets();
        for (int k = 0; k < sets.size(); k++) {
            if (sets.length(k) != 2) {
                continue;
            }
            for (int j = 0; j < 2; j++) {
                int x = sets.item(k, 1 - j);
                int y = sets.item(k, j);
                double conf = sets.support(k) / (double) itemSupport[x];
                if (conf >= minConfidence) {
                    g.add(x, y, sets.support(k), (float) conf, (float) (conf * baskets / itemSupport[y]));
                }
            }
        }
        int[] start = new int[itemCount + 1];
        for (int r = 0; r < g.size; r++) {
            start[g.from[r] + 1]++;
        }
        for (int i = 0; i < itemCount; i++) {
            start[i + 1] += start[i];
        }
        Integer[] sorted = new Integer[g.size];
        int[] fill = Arrays.copyOf(start, itemCount);
        for (int r = 0; r < g.size; r++) {
            sorted[fill[g.from[r]]++] = r;
        }
        Comparator<Integer> byMeasure = order == RuleOrder.LIFT
            ? Comparator.<Integer>comparingDouble(r -> -g.lift[r]).thenComparingDouble(r -> -g.conf[r])
            : Comparator.<Integer>comparingDouble(r -> -g.conf[r]).thenComparingDouble(r -> -g.lift[r]);
        Comparator<Integer> cmp = byMeasure.thenComparingInt(r -> g.to[r]);
        for (int i = 0; i < itemCount; i++) {
            Arrays.sort(sorted, start[i], start[i + 1], cmp);
        }
        int n = g.size;
        int[] item = new int[n];
        int[] count = new int[n];
        float[] conf = new float[n];
        float[] lift = new float[n];
        for (int p = 0; p < n; p++) {
            int r = sorted[p];
            item[p] = g.to[r];
            count[p] = g.count[r];
            conf[p] = g.conf[r];
            lift[p] = g.lift[r];
        }
        return new PairRules(start, item, count, conf, lift);
    }

    static MultiRules multi(FrequentItemsets sets, int itemCount, double minConfidence) {
        int rules = 0;
        int restItems = 0;
        int[] first = new int[16];
        int[] set = new int[16];
        int[] skip = new int[16];
        float[] conf = new float[16];
        for (int k = 0; k < sets.size(); k++) {
            int len = sets.length(k);
            if (len < 3) {
                continue;
            }
            for (int j = 0; j < len; j++) {
                double c = sets.support(k) / (double) sets.supportWithout(k, j);
                if (c < minConfidence) {
                    continue;
                }
                if (rules == first.length) {
                    int cap = rules * 2;
                    first = Arrays.copyOf(first, cap);
                    set = Arrays.copyOf(set, cap);
                    skip = Arrays.copyOf(skip, cap);
                    conf = Arrays.copyOf(conf, cap);
                }
                first[rules] = sets.item(k, j == 0 ? 1 : 0);
                set[rules] = k;
                skip[rules] = j;
                conf[rules] = (float) c;
                rules++;
                restItems += len - 2;
            }
        }
        int[] start = new int[itemCount + 1];
        for (int r = 0; r < rules; r++) {
            start[first[r] + 1]++;
        }
        for (int i = 0; i < itemCount; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, itemCount);
        int[] slotOf = new int[rules];
        for (int r = 0; r < rules; r++) {
            slotOf[fill[first[r]]++] = r;
        }
        int[] restStart = new int[rules + 1];
        int[] rest = new int[restItems];
        int[] consequent = new int[rules];
        float[] confidence = new float[rules];
        int at = 0;
        for (int p = 0; p < rules; p++) {
            int r = slotOf[p];
            int k = set[r];
            int len = sets.length(k);
            int skipped = 0;
            for (int j = 0; j < len; j++) {
                if (j == skip[r]) {
                    continue;
                }
                if (skipped++ > 0) {
                    rest[at++] = sets.item(k, j);
                }
            }
            restStart[p + 1] = at;
            consequent[p] = sets.item(k, skip[r]);
            confidence[p] = conf[r];
        }
        return new MultiRules(start, restStart, rest, consequent, confidence);
    }

    /** Growable parallel arrays of pair rules. */
    private static final class Growable {
        int[] from = new int[256];
        int[] to = new int[256];
        int[] count = new int[256];
        float[] conf = new float[256];
        float[] lift = new float[256];
        int size;

        void add(int x, int y, int c, float cf, float lf) {
            if (size == from.length) {
                int cap = size * 2;
                from = Arrays.copyOf(from, cap);
                to = Arrays.copyOf(to, cap);
                count = Arrays.copyOf(count, cap);
                conf = Arrays.copyOf(conf, cap);
                lift = Arrays.copyOf(lift, cap);
            }
            from[size] = x;
            to[size] = y;
            count[size] = c;
            conf[size] = cf;
            lift[size] = lf;
            size++;
        }
    }
}
