package io.marketpilot.nlp.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TextRank over content words: words co-occurring within a window of {@value #WINDOW} link to each other, and
 * PageRank (damping 0.85, {@value #ITERATIONS} iterations) ranks them. Deterministic: ties keep first-seen order.
 */
final class KeywordRanker {
    private static final int WINDOW = 5;
    private static final int ITERATIONS = 30;
    private static final double DAMPING = 0.85;

    List<Keyword> rank(List<String> words, int limit) {
        List<String> candidates = words.stream().filter(KeywordRanker::candidate).toList();
        Map<String, Integer> index = new LinkedHashMap<>();
        candidates.forEach(w -> index.putIfAbsent(w, index.size()));
        int n = index.size();
        if (n == 0) {
            return List.of();
        }
        List<Set<Integer>> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            links.add(new HashSet<>());
        }
        for (int i = 0; i < candidates.size(); i++) {
            int a = index.get(candidates.get(i));
            for (int j = i + 1; j < Math.min(candidates.size(), i + WINDOW); j++) {
                int b = index.get(candidates.get(j));
                if (a != b) {
                    links.get(a).add(b);
                    links.get(b).add(a);
                }
            }
        }
        double[] score = new double[n];
        java.util.Arrays.fill(score, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int a = 0; a < n; a++) {
                double sum = 0;
                for (int b : links.get(a)) {
                    sum += score[b] / links.get(b).size();
                }
                next[a] = (1 - DAMPING) + DAMPING * sum;
            }
            score = next;
        }
        double total = 0;
        for (double s : score) {
            total += s;
        }
        Map<String, Double> ranked = new HashMap<>();
        for (var e : index.entrySet()) {
            ranked.put(e.getKey(), score[e.getValue()] / total);
        }
        return index.keySet().stream()
                .sorted(Comparator.comparingDouble((String w) -> -ranked.get(w)).thenComparing(index::get))
                .limit(limit).map(w -> new Keyword(w, ranked.get(w))).toList();
    }

    /** Words of at least two Han characters or three Latin letters; no numbers. */
    private static boolean candidate(String w) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        return han >= 2 || latin >= 3 || (han >= 1 && latin >= 1);
    }
}
