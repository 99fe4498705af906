package io.marketpilot.engine.recommend;

import io.marketpilot.core.event.EventType;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.UserHistory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's history at request time: their pairs at training merged with what they did since (weighted by the
 * configured event weights), the most recent {@code maxHistory} items, what they bought, and the last thing they did
 * with each item (for explanations). {@link #forModel} asks models to fold the customer in again (user -1) when
 * anything happened since training.
 */
record CustomerHistory(UserHistory forModel, BitSet purchased, Map<Integer, EventType> lastAction) {

    boolean isEmpty() {
        return forModel.size() == 0;
    }

    /** Weight and last time of one (customer, item) pair while merging. */
    private static final class Pair {
        float weight;
        long time = Long.MIN_VALUE;

        void add(float w, long t) {
            weight += w;
            time = Math.max(time, t);
        }
    }

    static CustomerHistory assemble(ShopModels models, String actorKey, List<RecentActivity.Seen> recent,
                                    Map<String, Float> weights, int maxHistory, long nowMillis) {
        Interactions h = models.history();
        Interactions bought = models.purchased();
        int u = models.users().index(actorKey);
        Map<Integer, Pair> pairs = new HashMap<>();
        Map<Integer, EventType> last = new HashMap<>();
        BitSet purchased = new BitSet(models.items().size());
        if (u >= 0) {
            for (int p = h.rowStart(u); p < h.rowEnd(u); p++) {
                pairs.computeIfAbsent(h.col(p), k -> new Pair()).add(h.weight(p), h.lastTime(p));
                last.put(h.col(p), EventType.VIEW);
            }
            for (int p = bought.rowStart(u); p < bought.rowEnd(u); p++) {
                purchased.set(bought.col(p));
                last.put(bought.col(p), EventType.PURCHASE);
            }
        }
        boolean changed = false;
        for (RecentActivity.Seen s : recent) {
            int i = models.items().index(s.itemId());
            if (i < 0) {
                continue;
            }
            if (s.type() == EventType.PURCHASE) {
                purchased.set(i);
            }
            last.put(i, s.type());
            float w = weights.getOrDefault(s.type().wireName(), 0f);
            if (w > 0) {
                changed = true;
                pairs.computeIfAbsent(i, k -> new Pair()).add(w, s.timeMillis());
            }
        }
        List<Map.Entry<Integer, Pair>> ordered = new ArrayList<>(pairs.entrySet());
        ordered.sort((a, b) -> Long.compare(a.getValue().time, b.getValue().time));
        int from = Math.max(0, ordered.size() - maxHistory);
        int len = ordered.size() - from;
        int[] items = new int[len];
        float[] ws = new float[len];
        long[] ts = new long[len];
        for (int k = 0; k < len; k++) {
            var e = ordered.get(from + k);
            items[k] = e.getKey();
            ws[k] = e.getValue().weight;
            ts[k] = e.getValue().time;
        }
        int modelUser = changed || from > 0 ? -1 : u;
        return new CustomerHistory(new UserHistory(modelUser, items, ws, ts, nowMillis), purchased, last);
    }
}
