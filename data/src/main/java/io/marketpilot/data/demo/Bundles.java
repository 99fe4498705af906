package io.marketpilot.data.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Planted co-purchase groups: pairs and triples of items from one department (different
 * sub-categories where possible, like a phone and its case). When one member is bought, each
 * partner joins the same order with {@link #PARTNER_PROBABILITY}. An item is in at most one group.
 */
final class Bundles {

    static final double PARTNER_PROBABILITY = 0.4;

    private final List<int[]> groups;
    private final int[] groupOf;

    private Bundles(List<int[]> groups, int items) {
        this.groups = List.copyOf(groups);
        this.groupOf = new int[items];
        Arrays.fill(groupOf, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int item : groups.get(g)) {
                groupOf[item] = g;
            }
        }
    }

    /** One group per 25 items; anchors are drawn by popularity so bundles are actually bought. */
    static Bundles plant(Catalogue catalogue, long seed) {
        Dice dice = Dice.forStage(seed, 2);
        int n = catalogue.size();
        int[] all = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
            weights[i] = catalogue.get(i).popularity();
        }
        WeightedSampler byPopularity = new WeightedSampler(all, weights);
        boolean[] used = new boolean[n];
        List<int[]> groups = new ArrayList<>();
        int wanted = Math.max(1, n / 25);
        for (int attempt = 0; attempt < wanted * 20 && groups.size() < wanted; attempt++) {
            int anchor = byPopularity.draw(dice);
            if (used[anchor]) {
                continue;
            }
            int size = dice.chance(0.25) ? 3 : 2;
            int[] group = new int[size];
            group[0] = anchor;
            int filled = 1;
            for (int tries = 0; tries < 60 && filled < size; tries++) {
                int candidate = byPopularity.draw(dice);
                if (!used[candidate] && fits(catalogue, group, filled, candidate, tries < 40)) {
                    group[filled++] = candidate;
                }
            }
            if (filled >= 2) {
                int[] kept = Arrays.copyOf(group, filled);
                for (int item : kept) {
                    used[item] = true;
                }
                groups.add(kept);
            }
        }
        return new Bundles(groups, n);
    }

    private static boolean fits(Catalogue catalogue, int[] group, int filled, int candidate, boolean strict) {
        Item anchor = catalogue.get(group[0]);
        Item other = catalogue.get(candidate);
        if (other.dept() != anchor.dept()) {
            return false;
        }
        for (int k = 0; k < filled; k++) {
            Item member = catalogue.get(group[k]);
            if (member.index() == candidate || (strict && member.sub() == other.sub())) {
                return false;
            }
        }
        return true;
    }

    List<int[]> groups() {
        return groups;
    }

    /** The other members of {@code item}'s group; empty if it is in none. */
    int[] partners(int item) {
        int g = groupOf[item];
        if (g < 0) {
            return new int[0];
        }
        return Arrays.stream(groups.get(g)).filter(i -> i != item).toArray();
    }

    boolean inAnyGroup(int item) {
        return groupOf[item] >= 0;
    }
}
