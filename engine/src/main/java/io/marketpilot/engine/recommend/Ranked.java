package io.marketpilot.engine.recommend;

import io.marketpilot.core.id.ItemId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Collects scored candidates, keeps the best per item, applies exclusions and the availability rule. */
final class Ranked {
    private final int n;
    private final Predicate<ItemId> allowed;
    private final Set<String> excluded = new HashSet<>();
    private final Map<String, Recommendation> best = new HashMap<>();

    Ranked(int n, Predicate<ItemId> allowed) {
        this.n = n;
        this.allowed = allowed;
    }

    int size() {
        return n;
    }

    void exclude(String item) {
        excluded.add(item);
    }

    void offer(String item, double score, String reason) {
        if (excluded.contains(item)) {
            return;
        }
        Recommendation old = best.get(item);
        if (old == null || old.score() < score) {
            best.put(item, new Recommendation(new ItemId(item), score, reason));
        }
    }

    /** The top n allowed candidates, best first (ties by id, so answers are deterministic). */
    List<Recommendation> best() {
        List<Recommendation> all = new ArrayList<>(best.values());
        all.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparing(r -> r.item().value()));
        List<Recommendation> out = new ArrayList<>(n);
        for (Recommendation r : all) {
            if (out.size() == n) {
                break;
            }
            if (allowed.test(r.item())) {
                out.add(r);
                excluded.add(r.item().value());
            }
        }
        return out;
    }

    /** A popularity filler unless excluded, already chosen or not allowed; fillers always follow real matches. */
    Recommendation acceptFiller(String item, double score, String reason) {
        if (excluded.contains(item)) {
            return null;
        }
        ItemId id = new ItemId(item);
        if (!allowed.test(id)) {
            return null;
        }
        excluded.add(item);
        return new Recommendation(id, score, reason);
    }
}
