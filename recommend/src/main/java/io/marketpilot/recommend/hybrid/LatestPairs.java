package io.marketpilot.recommend.hybrid;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.HeldOut;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The hybrid's own validation when it is given none: each sampled user's latest pair held out (users with at least 3
 * pairs, evenly spaced up to a maximum), as temporal leave-one-out does. Pairs bought at the same moment (one
 * basket) tie; a seeded draw picks among them, because any fixed order (item index, i.e. first appearance in the log)
 * would hold out systematically newer, rarer items and favour the components that recommend those.
 */
final class LatestPairs {
    private LatestPairs() {}

    static HeldOut of(Interactions data, int maxUsers, long seed) {
        List<Integer> eligible = new ArrayList<>();
        for (int u = 0; u < data.userCount(); u++) {
            if (data.rowLength(u) >= 3) {
                eligible.add(u);
            }
        }
        int step = Math.max(1, (int) Math.ceil((double) eligible.size() / maxUsers));
        SplittableRandom random = new SplittableRandom(seed);
        BitSet drop = new BitSet(data.pairs());
        int n = (eligible.size() + step - 1) / step;
        int[] users = new int[n];
        int[][] targets = new int[n][];
        long[] request = new long[n];
        for (int k = 0; k < n; k++) {
            int u = eligible.get(k * step);
            int best = -1;
            int ties = 0;
            for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                if (best < 0 || data.lastTime(p) > data.lastTime(best)) {
                    best = p;
                    ties = 1;
                } else if (data.lastTime(p) == data.lastTime(best) && random.nextInt(++ties) == 0) {
                    best = p; // reservoir sampling: each tied pair is kept with probability 1 / ties
                }
            }
            drop.set(best);
            users[k] = u;
            targets[k] = new int[] {data.col(best)};
            request[k] = data.lastTime(best);
        }
        return new HeldOut(data.without(drop), users, targets, request);
    }
}
