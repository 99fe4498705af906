package io.marketpilot.features.profile;

import io.marketpilot.core.event.EventType;
import io.marketpilot.features.consent.ConsentLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's online state, immutable and compact (about 0.6 KB at ten events): one packed array, item,
 * category and brand ids interned through a {@link Vocabulary}, times in epoch seconds or millis.
 *
 * <p>Packed arrays hold {@code (epochSecond << 32) | code} longs, so sorting them sorts by time then code: the
 * recently seen event ids (hashes, for replay detection), recent items and recent categories. Everything a merge
 * combines is commutative and associative (sums, min/max, top-N by time), see {@link ProfileMerge}.
 */
public final class Profile {
    /** How many recent event ids a profile remembers to ignore replays (older replays rely on the log's dedupe). */
    public static final int SEEN_IDS = 16;
    /** Events sharing the oldest remembered second are all kept (a 40-line order has one timestamp), up to this. */
    static final int SEEN_IDS_CAP = 256;
    static final int RECENT_ITEMS = 10;
    static final int RECENT_CATEGORIES = 5;
    static final int AFFINITIES = 6;
    static final long NONE = Long.MIN_VALUE;

    final String key;
    /** Every other field, packed by {@link ProfileLayout}. */
    private final long[] data;
    final Traits traits;
    final ConsentLedger consent;

    Profile(ProfileBuilder b) {
        this.key = Objects.requireNonNull(b.key, "key");
        this.data = ProfileLayout.encode(b);
        this.traits = b.traits;
        this.consent = b.consent;
    }

    // the fields, unpacked (arrays are copies)
    long firstSeenMillis() {
        return data[ProfileLayout.FIRST_SEEN];
    }

    long lastSeenMillis() {
        return data[ProfileLayout.LAST_SEEN];
    }

    long sessionKey() {
        return data[ProfileLayout.SESSION_KEY];
    }

    long sessionLastAt() {
        return data[ProfileLayout.SESSION_LAST_AT];
    }

    long affinityAt() {
        return data[ProfileLayout.AFFINITY_AT];
    }

    long firstOrderCents() {
        return data[ProfileLayout.FIRST_ORDER_CENTS];
    }

    long unitPriceCents() {
        return data[ProfileLayout.UNIT_PRICE_CENTS];
    }

    int firstOrderDay() {
        return ProfileLayout.firstOrderDay(data);
    }

    int lastOrderDay() {
        return ProfileLayout.lastOrderDay(data);
    }

    int discountedLines() {
        return ProfileLayout.discountedLines(data);
    }

    int[] counts() {
        return ProfileLayout.counts(data);
    }

    long[] sumCents() {
        return ProfileLayout.longs(data, ProfileLayout.SUMS);
    }

    long[] seen() {
        return ProfileLayout.longs(data, ProfileLayout.SEEN);
    }

    long[] recentItemsPacked() {
        return ProfileLayout.longs(data, ProfileLayout.ITEMS);
    }

    long[] recentCategoriesPacked() {
        return ProfileLayout.longs(data, ProfileLayout.CATEGORIES);
    }

    short[] hourWeek() {
        return ProfileLayout.hourWeek(data);
    }

    int[] categoryAffinity() {
        return ProfileLayout.codes(data, ProfileLayout.CATEGORY_AFFINITY);
    }

    float[] categoryScores() {
        return ProfileLayout.scores(data, ProfileLayout.CATEGORY_AFFINITY);
    }

    int[] brandAffinity() {
        return ProfileLayout.codes(data, ProfileLayout.BRAND_AFFINITY);
    }

    float[] brandScores() {
        return ProfileLayout.scores(data, ProfileLayout.BRAND_AFFINITY);
    }

    /** A profile with no events yet. */
    public static Profile empty(String key) {
        return new ProfileBuilder(key).build();
    }

    /** The same state under another key (a merged anonymous profile lives on under the customer's key). */
    public Profile withKey(String newKey) {
        ProfileBuilder b = new ProfileBuilder(this);
        b.key = newKey;
        return b.build();
    }

    public Profile withConsent(ConsentLedger ledger) {
        ProfileBuilder b = new ProfileBuilder(this);
        b.consent = consent.combine(ledger);
        return b.build();
    }

    /** The actor key: a user id, or {@code anon:} + an anonymous id. */
    public String key() {
        return key;
    }

    public boolean isEmpty() {
        return firstSeenMillis() == NONE;
    }

    public Instant firstSeen() {
        return isEmpty() ? null : Instant.ofEpochMilli(firstSeenMillis());
    }

    public Instant lastSeen() {
        return isEmpty() ? null : Instant.ofEpochMilli(lastSeenMillis());
    }

    public int count(EventType type) {
        return ProfileLayout.count(data, type.ordinal());
    }

    /** Price × quantity of this type's events, in the currency's major unit. */
    public double sum(EventType type) {
        int i = type.ordinal();
        return i < ProfileLayout.length(data, ProfileLayout.SUMS) ? data[ProfileLayout.start(data, ProfileLayout.SUMS) + i]
                / 100.0 : 0;
    }

    public long totalEvents() {
        long n = 0;
        for (int i = 0, k = ProfileLayout.length(data, ProfileLayout.COUNTS); i < k; i++) {
            n += ProfileLayout.count(data, i);
        }
        return n;
    }

    public int sessions() {
        return ProfileLayout.sessions(data);
    }

    public int orders() {
        return ProfileLayout.orders(data);
    }

    public Traits traits() {
        return traits;
    }

    public ConsentLedger consent() {
        return consent;
    }

    public PurchaseHistory purchases() {
        int orders = orders();
        if (orders == 0 && count(EventType.REFUND) == 0) {
            return PurchaseHistory.NONE;
        }
        return new PurchaseHistory(orders, orders == 0 ? null : java.time.LocalDate.ofEpochDay(firstOrderDay()),
                orders == 0 ? null : java.time.LocalDate.ofEpochDay(lastOrderDay()), firstOrderCents() / 100.0,
                sum(EventType.PURCHASE), sum(EventType.REFUND), count(EventType.PURCHASE), discountedLines(),
                unitPriceCents() / 100.0);
    }

    /** Item ids this customer touched, newest first (at most {@value #RECENT_ITEMS}). */
    public List<String> recentItems(Vocabulary v) {
        return NamedViews.names(Packed.codesNewestFirst(recentItemsPacked()), v.items());
    }

    /** Categories of the items this customer touched, newest first (at most {@value #RECENT_CATEGORIES}). */
    public List<String> recentCategories(Vocabulary v) {
        return NamedViews.names(Packed.codesNewestFirst(recentCategoriesPacked()), v.categories());
    }

    /** Category → time-decayed interest as of {@code now}, best first. */
    public Map<String, Double> categoryAffinities(Vocabulary v, Instant now, Duration halfLife) {
        return NamedViews.affinities(categoryAffinity(), categoryScores(), v.categories(), affinityAt(), now, halfLife);
    }

    public Map<String, Double> brandAffinities(Vocabulary v, Instant now, Duration halfLife) {
        return NamedViews.affinities(brandAffinity(), brandScores(), v.brands(), affinityAt(), now, halfLife);
    }

    /** Events per hour of day (0–23) in the shop's zone. */
    public int[] hourCounts() {
        return NamedViews.slice(hourWeek(), 0, 24);
    }

    /** Events per weekday, Monday = 0, in the shop's zone. */
    public int[] weekdayCounts() {
        return NamedViews.slice(hourWeek(), 24, 7);
    }

    /** Whether this event id (with its timestamp) is among the last {@value #SEEN_IDS} this profile folded. */
    public boolean hasSeen(long packedId) {
        int from = ProfileLayout.start(data, ProfileLayout.SEEN);
        return Arrays.binarySearch(data, from, from + ProfileLayout.length(data, ProfileLayout.SEEN), packedId) >= 0;
    }

    /** Equal but for affinity scores, which may differ by float rounding up to {@code relativeTolerance}. */
    public boolean equalsWithin(Profile p, double relativeTolerance) {
        return ProfileTolerance.equalWithin(this, p, relativeTolerance);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && key.equals(p.key) && Arrays.equals(data, p.data) && traits.equals(p.traits)
                && consent.equals(p.consent);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Profile[" + key + ", events=" + totalEvents() + ", orders=" + orders() + "]";
    }
}
