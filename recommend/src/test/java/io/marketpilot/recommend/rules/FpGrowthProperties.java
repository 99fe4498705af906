package io.marketpilot.recommend.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** FP-Growth finds exactly the itemsets, with exactly the supports, that counting every subset finds. */
class FpGrowthProperties {
    private static final int ITEMS = 8;

    @Property(tries = 300, seed = "20240611")
    void sameItemsetsAndSupportsAsBruteForce(
            @ForAll @Size(max = 30) List<@Size(max = 6) Set<@IntRange(min = 0, max = ITEMS - 1) Integer>> baskets,
            @ForAll @IntRange(min = 1, max = 4) int minSupport,
            @ForAll @IntRange(min = 1, max = 4) int maxSize) {
        int[] start = new int[baskets.size() + 1];
        List<Integer> flat = new ArrayList<>();
        for (int b = 0; b < baskets.size(); b++) {
            flat.addAll(baskets.get(b));
            start[b + 1] = flat.size();
        }
        int[] items = flat.stream().mapToInt(Integer::intValue).toArray();

        FrequentItemsets mined = new FpGrowth(minSupport, maxSize, 1_000_000).mine(ITEMS, start, items, f -> { });

        Map<List<Integer>, Integer> found = new TreeMap<>(FpGrowthProperties::compare);
        for (int k = 0; k < mined.size(); k++) {
            List<Integer> set = new ArrayList<>();
            for (int j = 0; j < mined.length(k); j++) {
                set.add(mined.item(k, j));
            }
            assertThat(found.put(set, mined.support(k))).as("itemset %s emitted twice", set).isNull();
            assertThat(mined.supportOf(set.stream().mapToInt(Integer::intValue).toArray()))
                .isEqualTo(mined.support(k));
        }
        assertThat(found).isEqualTo(bruteForce(baskets, minSupport, maxSize));
    }

    /** Every subset of the item universe up to {@code maxSize}, counted over all baskets. */
    static Map<List<Integer>, Integer> bruteForce(List<Set<Integer>> baskets, int minSupport, int maxSize) {
        Map<List<Integer>, Integer> out = new TreeMap<>(FpGrowthProperties::compare);
        for (int mask = 1; mask < 1 << ITEMS; mask++) {
            if (Integer.bitCount(mask) > maxSize) {
                continue;
            }
            List<Integer> set = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                if ((mask & (1 << i)) != 0) {
                    set.add(i);
                }
            }
            int support = 0;
            for (Set<Integer> b : baskets) {
                if (b.containsAll(set)) {
                    support++;
                }
            }
            if (support >= minSupport) {
                out.put(set, support);
            }
        }
        return out;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int c = Integer.compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
