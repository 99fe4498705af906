package io.marketpilot.recommend.als;

import io.marketpilot.recommend.data.EventWeights;
import io.marketpilot.recommend.data.InteractionLog;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.data.InteractionsBuilder;
import java.util.SplittableRandom;

/**
 * Seeded synthetic data with known structure: {@code clusters} groups of items, each with its own users; every
 * user has {@code perUser} distinct items of their group, drawn at random. A good model ranks the unseen items of
 * a user's own group first.
 */
record PlantedClusters(Interactions data, int clusters, int itemsPerCluster) {
    static PlantedClusters of(int clusters, int itemsPerCluster, int usersPerCluster, int perUser, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        InteractionLog.Builder log = new InteractionLog.Builder();
        long time = 0;
        for (int c = 0; c < clusters; c++) {
            for (int i = 0; i < itemsPerCluster; i++) {
                log.add("seed-user", item(c, i), time++, "view", 0f);
            }
        }
        for (int u = 0; u < usersPerCluster; u++) {
            for (int c = 0; c < clusters; c++) {
                boolean[] taken = new boolean[itemsPerCluster];
                for (int n = 0; n < perUser; n++) {
                    int i = random.nextInt(itemsPerCluster);
                    while (taken[i]) {
                        i = random.nextInt(itemsPerCluster);
                    }
                    taken[i] = true;
                    log.add("c" + c + "-u" + u, item(c, i), time++, "view", 1f);
                }
            }
        }
        // "seed-user" only fixes item order in the dictionary; its zero-weight events are dropped below
        EventWeights weights = new EventWeights(java.util.Map.of(), 1f, true, java.util.Optional.empty());
        return new PlantedClusters(new InteractionsBuilder(weights).build(log.build()), clusters, itemsPerCluster);
    }

    private static String item(int c, int i) {
        return "c" + c + "-i" + i;
    }

    int clusterOfItem(int item) {
        return clusterOf(data.items().id(item));
    }

    int clusterOfUser(int user) {
        return clusterOf(data.users().id(user));
    }

    private static int clusterOf(String id) {
        return id.startsWith("seed") ? -1 : Integer.parseInt(id.substring(1, id.indexOf('-')));
    }
}
