package io.marketpilot.features.profile;

import java.util.Arrays;

/**
 * Equality of two profiles up to float rounding of their affinity scores: folding the same events in another order
 * (merges, replays) sums the decayed scores in another order, so the last bits may differ; every other field must
 * be equal exactly.
 */
final class ProfileTolerance {
    private ProfileTolerance() {}

    static boolean equalWithin(Profile a, Profile b, double relativeTolerance) {
        return withoutAffinities(a).equals(withoutAffinities(b))
                && Arrays.equals(a.categoryAffinity(), b.categoryAffinity())
                && Arrays.equals(a.brandAffinity(), b.brandAffinity())
                && close(a.categoryScores(), b.categoryScores(), relativeTolerance)
                && close(a.brandScores(), b.brandScores(), relativeTolerance);
    }

    private static Profile withoutAffinities(Profile p) {
        ProfileBuilder b = new ProfileBuilder(p);
        b.categoryScores = new float[b.categoryScores.length];
        b.brandScores = new float[b.brandScores.length];
        return b.build();
    }

    private static boolean close(float[] a, float[] b, double tolerance) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > tolerance * Math.max(1e-6, Math.max(Math.abs(a[i]), Math.abs(b[i])))) {
                return false;
            }
        }
        return true;
    }
}
