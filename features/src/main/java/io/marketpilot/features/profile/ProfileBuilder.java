package io.marketpilot.features.profile;

import io.marketpilot.features.consent.ConsentLedger;

/** The mutable working copy the reducer and the merge edit; arrays are replaced, never written in place. */
final class ProfileBuilder {
    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];
    private static final short[] NO_SHORTS = new short[0];
    private static final float[] NO_FLOATS = new float[0];

    String key;
    long firstSeen = Profile.NONE;
    long lastSeen = Profile.NONE;
    int[] counts = NO_INTS;
    long[] sumCents = NO_LONGS;
    long[] seen = NO_LONGS;
    long[] recentItems = NO_LONGS;
    long[] recentCategories = NO_LONGS;
    int sessions;
    long sessionKey;
    long sessionLastAt = Profile.NONE;
    short[] hourWeek = NO_SHORTS;
    int[] categoryAffinity = NO_INTS;
    float[] categoryScores = NO_FLOATS;
    int[] brandAffinity = NO_INTS;
    float[] brandScores = NO_FLOATS;
    long affinityAt = Profile.NONE;
    int orders;
    int firstOrderDay = -1;
    int lastOrderDay = -1;
    long firstOrderCents;
    int discountedLines;
    long unitPriceCents;
    Traits traits = Traits.EMPTY;
    ConsentLedger consent = ConsentLedger.EMPTY;

    ProfileBuilder(String key) {
        this.key = key;
    }

    ProfileBuilder(Profile p) {
        key = p.key;
        firstSeen = p.firstSeenMillis();
        lastSeen = p.lastSeenMillis();
        counts = p.counts();
        sumCents = p.sumCents();
        seen = p.seen();
        recentItems = p.recentItemsPacked();
        recentCategories = p.recentCategoriesPacked();
        sessions = p.sessions();
        sessionKey = p.sessionKey();
        sessionLastAt = p.sessionLastAt();
        hourWeek = p.hourWeek();
        categoryAffinity = p.categoryAffinity();
        categoryScores = p.categoryScores();
        brandAffinity = p.brandAffinity();
        brandScores = p.brandScores();
        affinityAt = p.affinityAt();
        orders = p.orders();
        firstOrderDay = p.firstOrderDay();
        lastOrderDay = p.lastOrderDay();
        firstOrderCents = p.firstOrderCents();
        discountedLines = p.discountedLines();
        unitPriceCents = p.unitPriceCents();
        traits = p.traits;
        consent = p.consent;
    }

    Profile build() {
        return new Profile(this);
    }

    /** Counts (and sums) grow only to the highest event type seen, so a profile of views and carts stays small. */
    void count(int type, long cents) {
        int[] c = java.util.Arrays.copyOf(counts, Math.max(counts.length, type + 1));
        c[type]++;
        counts = c;
        if (cents != 0) {
            long[] s = java.util.Arrays.copyOf(sumCents, Math.max(sumCents.length, type + 1));
            s[type] += cents;
            sumCents = s;
        }
    }

    void hourWeek(int hour, int weekday) {
        short[] h = hourWeek.length == 0 ? new short[31] : hourWeek.clone();
        if (h[hour] < Short.MAX_VALUE) {
            h[hour]++;
        }
        if (h[24 + weekday] < Short.MAX_VALUE) {
            h[24 + weekday]++;
        }
        hourWeek = h;
    }
}
