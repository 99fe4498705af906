package io.marketpilot.features.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Time-decayed scores per code (category or brand affinity): a score stated as of {@code at} is worth
 * {@code score × 2^(−(t − at)/halfLife)} at time t. Keeps the {@value Profile#AFFINITIES} best codes.
 */
record DecayedScores(int[] codes, float[] scores, long at) {

    static DecayedScores of(int[] codes, float[] scores, long at) {
        return new DecayedScores(codes, scores, at);
    }

    /** Adds {@code weight} for {@code code} observed at {@code t}. */
    DecayedScores add(int code, double weight, long t, long halfLifeMillis) {
        return combine(new DecayedScores(new int[] {code}, new float[] {(float) weight}, t), halfLifeMillis);
    }

    /** Both sets of scores brought to the later reference time and added; commutative. */
    DecayedScores combine(DecayedScores other, long halfLifeMillis) {
        if (other.codes.length == 0) {
            return this;
        }
        if (codes.length == 0) {
            return other;
        }
        long ref = Math.max(at, other.at);
        Map<Integer, Double> sum = new HashMap<>();
        accumulate(sum, this, ref, halfLifeMillis);
        accumulate(sum, other, ref, halfLifeMillis);
        // rank on the float values stored, so sums that differ only by rounding tie and fall back to the code
        var best = sum.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().floatValue()))
                .sorted(Comparator.<Map.Entry<Integer, Float>>comparingDouble(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(Profile.AFFINITIES).toList();
        int[] c = new int[best.size()];
        float[] s = new float[best.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = best.get(i).getKey();
            s[i] = best.get(i).getValue();
        }
        return new DecayedScores(c, s, ref);
    }

    private static void accumulate(Map<Integer, Double> sum, DecayedScores d, long ref, long halfLifeMillis) {
        double factor = decay(ref - d.at, halfLifeMillis);
        for (int i = 0; i < d.codes.length; i++) {
            sum.merge(d.codes[i], d.scores[i] * factor, Double::sum);
        }
    }

    /** The same scores as of {@code ref} (not earlier than {@link #at}). */
    DecayedScores at(long ref, long halfLifeMillis) {
        if (ref == at) {
            return this;
        }
        double factor = at == Profile.NONE ? 1 : decay(ref - at, halfLifeMillis);
        float[] s = new float[scores.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (scores[i] * factor);
        }
        return new DecayedScores(codes, s, ref);
    }

    static double decay(long elapsedMillis, long halfLifeMillis) {
        return Math.pow(0.5, Math.max(0, elapsedMillis) / (double) halfLifeMillis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecayedScores d && Arrays.equals(codes, d.codes) && Arrays.equals(scores, d.scores) && at == d.at;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }
}
