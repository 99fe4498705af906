package io.marketpilot.features.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Profile}'s packed codes and counters as readers see them: codes turned into names through the
 * {@link Vocabulary}'s dictionaries, affinity scores decayed to a given instant, the hour-and-weekday counters cut
 * into their two histograms.
 */
final class NamedViews {
    private NamedViews() {}

    static List<String> names(int[] codes, Dictionary d) {
        List<String> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(d.name(c));
        }
        return out;
    }

    /** Code → score decayed from {@code scoredAtMillis} to {@code now}, in the stored (best first) order. */
    static Map<String, Double> affinities(int[] codes, float[] scores, Dictionary names, long scoredAtMillis,
                                          Instant now, Duration halfLife) {
        Map<String, Double> out = new LinkedHashMap<>();
        double f = DecayedScores.decay(now.toEpochMilli() - scoredAtMillis, halfLife.toMillis());
        for (int i = 0; i < codes.length; i++) {
            out.put(names.name(codes[i]), scores[i] * f);
        }
        return out;
    }

    /** {@code length} counters from {@code from} of the hour-then-weekday array (all zero when it is empty). */
    static int[] slice(short[] hourWeek, int from, int length) {
        int[] out = new int[length];
        for (int i = 0; i < length && hourWeek.length > 0; i++) {
            out[i] = hourWeek[from + i];
        }
        return out;
    }
}
