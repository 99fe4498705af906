package io.marketpilot.recommend.rules;

import java.util.Arrays;
import java.util.function.DoubleConsumer;

/**
 * FP-Growth (Han, Pei and Yin, 2000): counts items, builds an {@link FpTree} of the baskets' frequent items in
 * descending-frequency order, then for each item, least frequent first, emits it with the current suffix and recurses
 * into the conditional tree built from its prefix paths (the conditional pattern base). Conditional trees keep the
 * global rank order, which is still a valid FP-tree order. The last level before {@code maxSize} needs only the
 * conditional counts, so no tree is built there. Stops with {@link TooManyItemsetsException} past {@code maxItemsets}.
 */
public final class FpGrowth {
    private final int minSupport;
    private final int maxSize;
    private final int maxItemsets;

    /**
     * @param minSupport  baskets an itemset must appear in (>= 1)
     * @param maxSize     largest itemset size (>= 1)
     * @param maxItemsets the most itemsets this miner may produce before it fails
     */
    public FpGrowth(int minSupport, int maxSize, int maxItemsets) {
        if (minSupport < 1 || maxSize < 1 || maxItemsets < 1) {
            throw new IllegalArgumentException("minSupport, maxSize and maxItemsets must be >= 1, were "
                + minSupport + ", " + maxSize + ", " + maxItemsets);
        }
        this.minSupport = minSupport;
        this.maxSize = maxSize;
        this.maxItemsets = maxItemsets;
    }

    /**
     * All itemsets of size 1..maxSize contained in at least {@code minSupport} baskets. Basket {@code b} is
     * {@code items[start[b] .. start[b + 1])}, items in {@code [0, itemCount)}; repeated items within a basket count
     * once. Progress (0..1) goes to {@code progress}.
     */
    public FrequentItemsets mine(int itemCount, int[] start, int[] items, DoubleConsumer progress) {
        int baskets = start.length - 1;
        int[] freq = new int[itemCount];
        int[] seen = new int[itemCount];
        Arrays.fill(seen, -1);
        for (int b = 0; b < baskets; b++) {
            for (int p = start[b]; p < start[b + 1]; p++) {
                if (items[p] < 0 || items[p] >= itemCount) {
                    throw new IllegalArgumentException("basket " + b + " holds item " + items[p]
                        + ", expected an index in [0, " + itemCount + ")");
                }
                if (seen[items[p]] != b) {
                    seen[items[p]] = b;
                    freq[items[p]]++;
                }
            }
        }
        int[] rankToItem = frequentByCount(freq);
        int[] itemToRank = new int[itemCount];
        Arrays.fill(itemToRank, -1);
        for (int r = 0; r < rankToItem.length; r++) {
            itemToRank[rankToItem[r]] = r;
        }
        FpTree tree = new FpTree(rankToItem.length, items.length / 2);
        int[] path = new int[rankToItem.length];
        Arrays.fill(seen, -1);
        for (int b = 0; b < baskets; b++) {
            int len = 0;
            for (int p = start[b]; p < start[b + 1]; p++) {
                int r = itemToRank[items[p]];
                if (r >= 0 && seen[items[p]] != b) {
                    seen[items[p]] = b;
                    path[len++] = r;
                }
            }
            Arrays.sort(path, 0, len);
            tree.insert(path, len, 1);
        }
        Run run = new Run(rankToItem, new FrequentItemsets.Builder(baskets), progress);
        run.grow(tree, new int[maxSize], 0);
        progress.accept(1.0);
        return run.out.build();
    }

    private int[] frequentByCount(int[] freq) {
        int n = 0;
        long[] keys = new long[freq.length];
        for (int i = 0; i < freq.length; i++) {
            if (freq[i] >= minSupport) {
                // descending count, then ascending item: deterministic ranks
                keys[n++] = ((long) (Integer.MAX_VALUE - freq[i]) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, n);
        int[] rankToItem = new int[n];
        for (int r = 0; r < n; r++) {
            rankToItem[r] = (int) keys[r];
        }
        return rankToItem;
    }

    /** One mining run: the output, the rank → item map and a scratch buffer for emitted sets. */
    private final class Run {
        private final int[] rankToItem;
        private final FrequentItemsets.Builder out;
        private final DoubleConsumer progress;
        private final int[] sorted = new int[maxSize];
        private final int[][] condAt;
        private final int[][] touchedAt;
        private final int[] path;

        Run(int[] rankToItem, FrequentItemsets.Builder out, DoubleConsumer progress) {
            this.rankToItem = rankToItem;
            this.out = out;
            this.progress = progress;
            int ranks = rankToItem.length;
            this.condAt = new int[maxSize][ranks];
            this.touchedAt = new int[maxSize][ranks];
            this.path = new int[ranks];
        }

        void grow(FpTree tree, int[] suffix, int len) {
            int ranks = tree.ranks();
            for (int r = ranks - 1; r >= 0; r--) {
                if (len == 0 && (ranks - r) % 64 == 0) {
                    progress.accept((ranks - r) / (double) ranks);
                }
                int support = tree.total(r);
                if (support < minSupport) {
                    continue;
                }
                suffix[len] = r;
                emit(suffix, len + 1, support);
                if (len + 1 < maxSize) {
                    expand(tree, r, suffix, len + 1);
                }
            }
        }

        /** Mines the conditional pattern base of rank {@code r} under {@code suffix[0..len)}. */
        private void expand(FpTree tree, int r, int[] suffix, int len) {
            // per-depth scratch, cleared through the touched list: no O(ranks) allocation per call
            int[] cond = condAt[len];
            int[] touched = touchedAt[len];
            int distinct = 0;
            int nodes = 0;
            for (int node = tree.head(r); node != -1; node = tree.link(node)) {
                int c = tree.count(node);
                for (int p = tree.parent(node); p != FpTree.ROOT; p = tree.parent(p)) {
                    int rp = tree.rank(p);
                    if (cond[rp] == 0) {
                        touched[distinct++] = rp;
                    }
                    cond[rp] += c;
                    nodes++;
                }
            }
            Arrays.sort(touched, 0, distinct);
            if (len + 1 == maxSize) {
                for (int k = distinct - 1; k >= 0; k--) {
                    if (cond[touched[k]] >= minSupport) {
                        suffix[len] = touched[k];
                        emit(suffix, len + 1, cond[touched[k]]);
                    }
                }
                clear(cond, touched, distinct);
                return;
            }
            FpTree sub = null;
            for (int node = tree.head(r); node != -1; node = tree.link(node)) {
                int n = 0;
                for (int p = tree.parent(node); p != FpTree.ROOT; p = tree.parent(p)) {
                    if (cond[tree.rank(p)] >= minSupport) {
                        path[n++] = tree.rank(p);
                    }
                }
                if (n > 0) {
                    if (sub == null) {
                        sub = new FpTree(r, nodes);
                    }
                    reverse(path, n);
                    sub.insert(path, n, tree.count(node));
                }
            }
            clear(cond, touched, distinct);
            if (sub != null) {
                grow(sub, suffix, len);
            }
        }

        private void emit(int[] suffix, int len, int support) {
            if (out.size() >= maxItemsets) {
                throw new TooManyItemsetsException(maxItemsets, minSupport, maxSize);
            }
            for (int k = 0; k < len; k++) {
                sorted[k] = rankToItem[suffix[k]];
            }
            Arrays.sort(sorted, 0, len);
            out.add(sorted, len, support);
        }
    }

    private static void clear(int[] cond, int[] touched, int n) {
        for (int k = 0; k < n; k++) {
            cond[touched[k]] = 0;
        }
    }

    private static void reverse(int[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Mining would produce more itemsets than allowed: the thresholds are too low for the data. */
    public static final class TooManyItemsetsException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TooManyItemsetsException(int max, int minSupport, int maxSize) {
            super("FP-Growth found more than " + max + " frequent itemsets at min support " + minSupport
                + " baskets and max itemset size " + maxSize + "; raise the min support, lower the max itemset size"
                + " or raise the itemset cap");
        }
    }
}
