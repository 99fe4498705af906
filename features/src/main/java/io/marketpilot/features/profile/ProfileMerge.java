package io.marketpilot.features.profile;

/**
 * Combines two profiles of one person (an anonymous visitor identified as a customer). Commutative and associative
 * field by field — sums, min/max, the latest N by time, decayed scores brought to a common time, traits by each
 * trait's {@link MergeStrategy}, consent by latest statement — so a set of merges gives the same profile in any order.
 * The key of {@code into} is kept.
 */
public final class ProfileMerge {
    private final TraitMergePolicy traits;
    private final long halfLifeMillis;

    public ProfileMerge(ProfileConfig config) {
        this.traits = config.traitMerge();
        this.halfLifeMillis = config.affinityHalfLife().toMillis();
    }

    public Profile merge(Profile into, Profile other) {
        if (other.isEmpty() && other.traits.size() == 0 && other.consent.states().isEmpty()) {
            return into;
        }
        ProfileBuilder b = new ProfileBuilder(into);
        b.firstSeen = minSeen(into.firstSeenMillis(), other.firstSeenMillis());
        b.lastSeen = Math.max(into.lastSeenMillis(), other.lastSeenMillis());
        b.counts = add(into.counts(), other.counts());
        b.sumCents = add(into.sumCents(), other.sumCents());
        b.seen = Packed.unionIds(into.seen(), other.seen(), Profile.SEEN_IDS, Profile.SEEN_IDS_CAP);
        b.recentItems = Packed.union(into.recentItemsPacked(), other.recentItemsPacked(), Profile.RECENT_ITEMS, true);
        b.recentCategories = Packed.union(into.recentCategoriesPacked(), other.recentCategoriesPacked(), Profile.RECENT_CATEGORIES, true);
        b.sessions = into.sessions() + other.sessions();
        Profile later = into.sessionLastAt() > other.sessionLastAt() ? into : other.sessionLastAt() > into.sessionLastAt() ? other
                : into.sessionKey() >= other.sessionKey() ? into : other;
        b.sessionKey = later.sessionKey();
        b.sessionLastAt = later.sessionLastAt();
        b.hourWeek = add(into.hourWeek(), other.hourWeek());
        mergeAffinities(b, into, other);
        mergeOrders(b, into, other);
        b.discountedLines = into.discountedLines() + other.discountedLines();
        b.unitPriceCents = into.unitPriceCents() + other.unitPriceCents();
        b.traits = into.traits.combine(other.traits, traits);
        b.consent = into.consent.combine(other.consent);
        return b.build();
    }

    private void mergeAffinities(ProfileBuilder b, Profile x, Profile y) {
        long ref = Math.max(x.affinityAt(), y.affinityAt());
        if (ref == Profile.NONE) {
            return;
        }
        var cats = DecayedScores.of(x.categoryAffinity(), x.categoryScores(), x.affinityAt())
                .combine(DecayedScores.of(y.categoryAffinity(), y.categoryScores(), y.affinityAt()), halfLifeMillis)
                .at(ref, halfLifeMillis);
        var brands = DecayedScores.of(x.brandAffinity(), x.brandScores(), x.affinityAt())
                .combine(DecayedScores.of(y.brandAffinity(), y.brandScores(), y.affinityAt()), halfLifeMillis)
                .at(ref, halfLifeMillis);
        b.categoryAffinity = cats.codes();
        b.categoryScores = cats.scores();
        b.brandAffinity = brands.codes();
        b.brandScores = brands.scores();
        b.affinityAt = ref;
    }

    private static void mergeOrders(ProfileBuilder b, Profile x, Profile y) {
        if (y.orders() == 0) {
            return;
        }
        if (x.orders() == 0) {
            b.orders = y.orders();
            b.firstOrderDay = y.firstOrderDay();
            b.lastOrderDay = y.lastOrderDay();
            b.firstOrderCents = y.firstOrderCents();
            return;
        }
        // purchase days add up: a day on which both sides bought counts twice (rare: anonymous visitors seldom buy),
        // which keeps the merge associative
        b.orders = x.orders() + y.orders();
        b.firstOrderDay = Math.min(x.firstOrderDay(), y.firstOrderDay());
        b.lastOrderDay = Math.max(x.lastOrderDay(), y.lastOrderDay());
        b.firstOrderCents = x.firstOrderDay() == y.firstOrderDay() ? x.firstOrderCents() + y.firstOrderCents()
                : x.firstOrderDay() < y.firstOrderDay() ? x.firstOrderCents() : y.firstOrderCents();
    }

    private static long minSeen(long a, long b) {
        return a == Profile.NONE ? b : b == Profile.NONE ? a : Math.min(a, b);
    }

    private static int[] add(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = java.util.Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    private static long[] add(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        long[] out = java.util.Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            out[i] += b[i];
        }
        return out;
    }

    private static short[] add(short[] a, short[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        short[] out = a.clone();
        for (int i = 0; i < b.length; i++) {
            out[i] = (short) Math.min(Short.MAX_VALUE, out[i] + b[i]);
        }
        return out;
    }
}
