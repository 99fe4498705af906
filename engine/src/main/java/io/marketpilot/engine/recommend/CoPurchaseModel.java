package io.marketpilot.engine.recommend;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Item-to-item co-purchase neighbours (compressed rows: item → top neighbours with cosine scores) plus a
 * popularity list that fills every answer up to the requested size. Immutable and thread-safe.
 */
public final class CoPurchaseModel implements Model {
    final String[] items;
    final int[] offsets;
    final int[] neighbours;
    final float[] scores;
    final int[] popular;
    final float[] popularScores;
    private final Map<String, Integer> index;
    private final Provenance provenance;

    CoPurchaseModel(String[] items, int[] offsets, int[] neighbours, float[] scores, int[] popular,
                    float[] popularScores, Provenance provenance) {
        this.items = items;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.scores = scores;
        this.popular = popular;
        this.popularScores = popularScores;
        this.provenance = provenance;
        this.index = new HashMap<>(items.length * 2);
        for (int i = 0; i < items.length; i++) {
            index.put(items[i], i);
        }
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    public int itemCount() {
        return items.length;
    }

    /** Items bought together with {@code item}, best first, filled with popular items. */
    public List<Recommendation> similar(ItemId item, int n, Predicate<ItemId> allowed) {
        Integer i = index.get(item.value());
        Ranked ranked = new Ranked(n, allowed);
        ranked.exclude(item.value());
        if (i != null) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                ranked.offer(items[neighbours[p]], scores[p], "bought together with " + item.value());
            }
        }
        return fillWithPopular(ranked);
    }

    /**
     * Recommendations from a customer's recent events (newest first): neighbours of what they bought, carted
     * and viewed, weighted by action and recency, without what they already bought.
     */
    public List<Recommendation> forHistory(List<Event> history, int n, Predicate<ItemId> allowed) {
        Set<String> bought = new HashSet<>();
        Map<Integer, Double> seeds = new HashMap<>();
        double recency = 1.0;
        for (Event e : history) {
            if (e.itemId() == null) {
                continue;
            }
            if (e.type() == EventType.PURCHASE) {
                bought.add(e.itemId().value());
            }
            Integer i = index.get(e.itemId().value());
            double w = actionWeight(e.type());
            if (i != null && w > 0) {
                seeds.merge(i, w * recency, Double::sum);
            }
            recency *= 0.97;
        }
        Map<Integer, double[]> acc = new HashMap<>();
        Map<Integer, Integer> because = new HashMap<>();
        for (Map.Entry<Integer, Double> seed : seeds.entrySet()) {
            int s = seed.getKey();
            for (int p = offsets[s]; p < offsets[s + 1]; p++) {
                double contribution = seed.getValue() * scores[p];
                double[] total = acc.computeIfAbsent(neighbours[p], k -> new double[2]);
                total[0] += contribution;
                if (contribution > total[1]) {
                    total[1] = contribution;
                    because.put(neighbours[p], s);
                }
            }
        }
        Ranked ranked = new Ranked(n, allowed);
        bought.forEach(ranked::exclude);
        acc.forEach((j, total) -> ranked.offer(items[j], total[0],
                "because you showed interest in " + items[because.get(j)]));
        return fillWithPopular(ranked);
    }

    private List<Recommendation> fillWithPopular(Ranked ranked) {
        List<Recommendation> out = new ArrayList<>(ranked.best());
        for (int k = 0; k < popular.length && out.size() < ranked.size(); k++) {
            Recommendation r = ranked.acceptFiller(items[popular[k]], popularScores[k], "popular in the last 30 days");
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static double actionWeight(EventType type) {
        return switch (type) {
            case PURCHASE -> 3.0;
            case ADD_TO_CART -> 2.0;
            case VIEW, CLICK, REVIEW -> 1.0;
            default -> 0.0;
        };
    }
}
