package io.marketpilot.features.profile;

import io.marketpilot.core.event.EventType;
import io.marketpilot.features.consent.ConsentLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's online state, immutable and compact (about 0.5–1 KB): primitive arrays sized to their content, item,
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
    final long firstSeen;           // epoch millis; NONE before any event
    final long lastSeen;
    final int[] counts;             // by EventType ordinal, up to the highest type seen
    final long[] sumCents;          // price × quantity in cents, by EventType ordinal, up to the highest type priced
    final long[] seen;              // packed (second, id hash), ascending: the last SEEN_IDS and their oldest second
    final long[] recentItems;       // packed (second, item code), ascending, distinct codes
    final long[] recentCategories;  // packed (second, category code), ascending, distinct codes
    final int sessions;
    final long sessionKey;          // hash of the current session id (0 = sessions cut by inactivity)
    final long sessionLastAt;       // epoch millis of the current session's latest event
    final short[] hourWeek;         // 24 hours then 7 weekdays (Monday first), in the shop's zone; saturating
    final int[] categoryAffinity;   // category codes, paired with scores as of affinityAt
    final float[] categoryScores;
    final int[] brandAffinity;
    final float[] brandScores;
    final long affinityAt;
    final int orders;               // purchase days
    final int firstOrderDay;        // epoch day in the shop's zone; -1 before any purchase
    final int lastOrderDay;
    final long firstOrderCents;     // value of the first purchase day (Gamma-Gamma uses repeat orders only)
    final int discountedLines;      // purchase lines bought on discount or with a coupon
    final long unitPriceCents;      // sum of purchase lines' unit prices
    final Traits traits;
    final ConsentLedger consent;

    Profile(ProfileBuilder b) {
        this.key = Objects.requireNonNull(b.key, "key");
        this.firstSeen = b.firstSeen;
        this.lastSeen = b.lastSeen;
        this.counts = b.counts;
        this.sumCents = b.sumCents;
        this.seen = b.seen;
        this.recentItems = b.recentItems;
        this.recentCategories = b.recentCategories;
        this.sessions = b.sessions;
        this.sessionKey = b.sessionKey;
        this.sessionLastAt = b.sessionLastAt;
        this.hourWeek = b.hourWeek;
        this.categoryAffinity = b.categoryAffinity;
        this.categoryScores = b.categoryScores;
        this.brandAffinity = b.brandAffinity;
        this.brandScores = b.brandScores;
        this.affinityAt = b.affinityAt;
        this.orders = b.orders;
        this.firstOrderDay = b.firstOrderDay;
        this.lastOrderDay = b.lastOrderDay;
        this.firstOrderCents = b.firstOrderCents;
        this.discountedLines = b.discountedLines;
        this.unitPriceCents = b.unitPriceCents;
        this.traits = b.traits;
        this.consent = b.consent;
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
        return firstSeen == NONE;
    }

    public Instant firstSeen() {
        return isEmpty() ? null : Instant.ofEpochMilli(firstSeen);
    }

    public Instant lastSeen() {
        return isEmpty() ? null : Instant.ofEpochMilli(lastSeen);
    }

    public int count(EventType type) {
        return type.ordinal() < counts.length ? counts[type.ordinal()] : 0;
    }

    /** Price × quantity of this type's events, in the currency's major unit. */
    public double sum(EventType type) {
        return type.ordinal() < sumCents.length ? sumCents[type.ordinal()] / 100.0 : 0;
    }

    public long totalEvents() {
        long n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    public int sessions() {
        return sessions;
    }

    public int orders() {
        return orders;
    }

    public Traits traits() {
        return traits;
    }

    public ConsentLedger consent() {
        return consent;
    }

    public PurchaseHistory purchases() {
        if (orders == 0 && count(EventType.REFUND) == 0) {
            return PurchaseHistory.NONE;
        }
        return new PurchaseHistory(orders, orders == 0 ? null : java.time.LocalDate.ofEpochDay(firstOrderDay),
                orders == 0 ? null : java.time.LocalDate.ofEpochDay(lastOrderDay), firstOrderCents / 100.0,
                sum(EventType.PURCHASE), sum(EventType.REFUND), count(EventType.PURCHASE), discountedLines,
                unitPriceCents / 100.0);
    }

    /** Item ids this customer touched, newest first (at most {@value #RECENT_ITEMS}). */
    public List<String> recentItems(Vocabulary v) {
        return names(Packed.codesNewestFirst(recentItems), v.items());
    }

    /** Categories of the items this customer touched, newest first (at most {@value #RECENT_CATEGORIES}). */
    public List<String> recentCategories(Vocabulary v) {
        return names(Packed.codesNewestFirst(recentCategories), v.categories());
    }

    /** Category → time-decayed interest as of {@code now}, best first. */
    public Map<String, Double> categoryAffinities(Vocabulary v, Instant now, Duration halfLife) {
        return affinities(categoryAffinity, categoryScores, v.categories(), now, halfLife);
    }

    public Map<String, Double> brandAffinities(Vocabulary v, Instant now, Duration halfLife) {
        return affinities(brandAffinity, brandScores, v.brands(), now, halfLife);
    }

    private Map<String, Double> affinities(int[] codes, float[] scores, Dictionary names, Instant now, Duration halfLife) {
        Map<String, Double> out = new LinkedHashMap<>();
        double f = DecayedScores.decay(now.toEpochMilli() - affinityAt, halfLife.toMillis());
        for (int i = 0; i < codes.length; i++) {
            out.put(names.name(codes[i]), scores[i] * f);
        }
        return out;
    }

    /** Events per hour of day (0–23) in the shop's zone. */
    public int[] hourCounts() {
        int[] h = new int[24];
        for (int i = 0; i < h.length && hourWeek.length > 0; i++) {
            h[i] = hourWeek[i];
        }
        return h;
    }

    /** Events per weekday, Monday = 0, in the shop's zone. */
    public int[] weekdayCounts() {
        int[] w = new int[7];
        for (int i = 0; i < w.length && hourWeek.length > 0; i++) {
            w[i] = hourWeek[24 + i];
        }
        return w;
    }

    private static List<String> names(int[] codes, Dictionary d) {
        List<String> out = new ArrayList<>(codes.length);
        for (int c : codes) {
            out.add(d.name(c));
        }
        return out;
    }

    /** Whether this event id (with its timestamp) is among the last {@value #SEEN_IDS} this profile folded. */
    public boolean hasSeen(long packedId) {
        return Arrays.binarySearch(seen, packedId) >= 0;
    }

    /** Equal but for affinity scores, which may differ by float rounding up to {@code relativeTolerance}. */
    public boolean equalsWithin(Profile p, double relativeTolerance) {
        return withoutAffinities().equals(p.withoutAffinities())
                && Arrays.equals(categoryAffinity, p.categoryAffinity) && Arrays.equals(brandAffinity, p.brandAffinity)
                && close(categoryScores, p.categoryScores, relativeTolerance)
                && close(brandScores, p.brandScores, relativeTolerance);
    }

    private Profile withoutAffinities() {
        ProfileBuilder b = new ProfileBuilder(this);
        b.categoryScores = new float[0];
        b.brandScores = new float[0];
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && key.equals(p.key) && firstSeen == p.firstSeen && lastSeen == p.lastSeen
                && Arrays.equals(counts, p.counts) && Arrays.equals(sumCents, p.sumCents) && Arrays.equals(seen, p.seen)
                && Arrays.equals(recentItems, p.recentItems) && Arrays.equals(recentCategories, p.recentCategories)
                && sessions == p.sessions && sessionKey == p.sessionKey && sessionLastAt == p.sessionLastAt
                && Arrays.equals(hourWeek, p.hourWeek) && Arrays.equals(categoryAffinity, p.categoryAffinity)
                && Arrays.equals(categoryScores, p.categoryScores) && Arrays.equals(brandAffinity, p.brandAffinity)
                && Arrays.equals(brandScores, p.brandScores) && affinityAt == p.affinityAt && orders == p.orders
                && firstOrderDay == p.firstOrderDay && lastOrderDay == p.lastOrderDay
                && firstOrderCents == p.firstOrderCents && discountedLines == p.discountedLines
                && unitPriceCents == p.unitPriceCents && traits.equals(p.traits) && consent.equals(p.consent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, lastSeen, Arrays.hashCode(counts), Arrays.hashCode(seen));
    }

    @Override
    public String toString() {
        return "Profile[" + key + ", events=" + totalEvents() + ", orders=" + orders + "]";
    }
}
