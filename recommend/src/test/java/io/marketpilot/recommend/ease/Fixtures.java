package io.marketpilot.recommend.ease;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Small interaction matrices for tests. Users are {@code u<n>}, items {@code i<n>}; dictionaries number them in
 * first-seen order, so tests translate with {@link #item} and {@link #user}.
 */
final class Fixtures {
    private Fixtures() {}

    /** User u has the items {@code items[u]} (each weight 1), in that time order. */
    static Interactions binary(int[][] items) {
        float[][] ones = new float[items.length][];
        for (int u = 0; u < items.length; u++) {
            ones[u] = new float[items[u].length];
            java.util.Arrays.fill(ones[u], 1f);
        }
        return weighted(items, ones);
    }

    /** User u has {@code items[u][k]} with weight {@code weights[u][k]}. */
    static Interactions weighted(int[][] items, float[][] weights) {
        InteractionLog.Builder log = new InteractionLog.Builder();
        long t = 1_000;
        for (int u = 0; u < items.length; u++) {
            for (int k = 0; k < items[u].length; k++) {
                log.add("u" + u, "i" + items[u][k], t++, "purchase", weights[u][k]);
            }
        }
        return new InteractionsBuilder(new EventWeights(Map.of(), 1f, true, Optional.empty())).build(log.build());
    }

    /**
     * Planted clusters: user u belongs to cluster {@code u % clusters}, item i to {@code i % clusters}; each user
     * picks {@code perUser} distinct items, a fraction {@code noise} of them from any cluster.
     */
    static Interactions clusters(long seed, int users, int items, int clusters, int perUser, double noise) {
        Random r = new Random(seed);
        int[][] picks = new int[users][];
        for (int u = 0; u < users; u++) {
            java.util.LinkedHashSet<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < perUser) {
                int i = r.nextInt(items);
                if (r.nextDouble() >= noise) {
                    i = i - i % clusters + u % clusters;
                    if (i >= items) {
                        i -= clusters;
                    }
                }
                chosen.add(i);
            }
            picks[u] = chosen.stream().mapToInt(Integer::intValue).toArray();
        }
        return binary(picks);
    }

    static int item(Interactions d, int id) {
        int i = d.items().index("i" + id);
        if (i < 0) {
            throw new IllegalArgumentException("no item i" + id);
        }
        return i;
    }

    static int user(Interactions d, int id) {
        return d.users().index("u" + id);
    }

    /** The id number of item index {@code i}. */
    static int itemId(Interactions d, int i) {
        return Integer.parseInt(d.items().id(i).substring(1));
    }

    /** An unknown visitor who has the items with these ids. */
    static UserHistory visitor(Interactions d, int... ids) {
        int[] idx = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            idx[k] = item(d, ids[k]);
        }
        return UserHistory.anonymous(idx);
    }

    /**
     * Share of the top-5 unseen items, over all users, that belong to the user's own cluster (scored from the
     * user's history as an anonymous visitor when {@code foldIn}).
     */
    static double clusterPrecision(io.marketpilot.recommend.model.ScoringModel m, Interactions d, int clusters,
                                   boolean foldIn) {
        float[] scores = new float[m.itemCount()];
        int hits = 0;
        int total = 0;
        for (int u = 0; u < d.userCount(); u++) {
            UserHistory h = d.history(u);
            m.score(foldIn ? h.asAnonymous() : h, scores);
            int uu = u;
            int own = Integer.parseInt(d.users().id(u).substring(1)) % clusters;
            for (int i : io.marketpilot.recommend.model.TopItems.of(scores, 5, j -> d.contains(uu, j))) {
                total++;
                if (itemId(d, i) % clusters == own) {
                    hits++;
                }
            }
        }
        return (double) hits / total;
    }
}
