package io.marketpilot.engine.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads an answer over categories and brands: walks candidates best first and defers an item whose leaf category
 * or brand already has its cap; deferred items fill the answer only if too few others remain, so an answer is never
 * shorter than it could be.
 */
final class Diversifier {
    private final int maxPerCategory;
    private final int maxPerBrand;

    Diversifier(int maxPerCategory, int maxPerBrand) {
        this.maxPerCategory = maxPerCategory;
        this.maxPerBrand = maxPerBrand;
    }

    /** Up to {@code n} of {@code ranked} (best first), diversified. */
    int[] pick(int[] ranked, int n, CatalogueView catalogue) {
        if (maxPerCategory <= 0 && maxPerBrand <= 0) {
            return java.util.Arrays.copyOf(ranked, Math.min(n, ranked.length));
        }
        Map<String, Integer> perCategory = new HashMap<>();
        Map<String, Integer> perBrand = new HashMap<>();
        List<Integer> chosen = new ArrayList<>(n);
        List<Integer> deferred = new ArrayList<>();
        for (int i : ranked) {
            if (chosen.size() == n) {
                break;
            }
            String c = catalogue.leafCategory(i);
            String b = catalogue.brand(i);
            boolean catFull = maxPerCategory > 0 && !c.isEmpty() && perCategory.getOrDefault(c, 0) >= maxPerCategory;
            boolean brandFull = maxPerBrand > 0 && !b.isEmpty() && perBrand.getOrDefault(b, 0) >= maxPerBrand;
            if (catFull || brandFull) {
                deferred.add(i);
                continue;
            }
            chosen.add(i);
            perCategory.merge(c, 1, Integer::sum);
            perBrand.merge(b, 1, Integer::sum);
        }
        for (int k = 0; k < deferred.size() && chosen.size() < n; k++) {
            chosen.add(deferred.get(k));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
