package io.marketpilot.features.profile;

import java.util.Arrays;

/**
 * A profile's state in one {@code long[]} (one array header instead of a dozen arrays, their headers, references and
 * padding: ~200 bytes less per profile). The layout is canonical — equal states give equal arrays — so equality is
 * array equality. Slots:
 * <pre>
 *   0 firstSeen  1 lastSeen  2 sessionKey  3 sessionLastAt  4 affinityAt  5 firstOrderCents  6 unitPriceCents
 *   7 sessions|orders  8 firstOrderDay|lastOrderDay  9 discountedLines  10 section lengths (7–9 bits each)
 *   then the sections in this order: counts (two ints per long), sumCents, seen, recentItems, recentCategories,
 *   hourWeek (31 counts, a byte each when all fit, else a short each; or nothing), category affinities, brand affinities (code|float bits)
 * </pre>
 */
final class ProfileLayout {
    static final int FIRST_SEEN = 0;
    static final int LAST_SEEN = 1;
    static final int SESSION_KEY = 2;
    static final int SESSION_LAST_AT = 3;
    static final int AFFINITY_AT = 4;
    static final int FIRST_ORDER_CENTS = 5;
    static final int UNIT_PRICE_CENTS = 6;
    private static final int SESSIONS_ORDERS = 7;
    private static final int ORDER_DAYS = 8;
    private static final int DISCOUNTED = 9;
    private static final int LENGTHS = 10;
    private static final int HEADER = 11;

    static final int COUNTS = 0;
    static final int SUMS = 1;
    static final int SEEN = 2;
    static final int ITEMS = 3;
    static final int CATEGORIES = 4;
    static final int HOURS = 5;
    static final int CATEGORY_AFFINITY = 6;
    static final int BRAND_AFFINITY = 7;
    /** Where each section's length sits in slot 10, and its widest value (seen ids may reach 256). */
    private static final int[] SHIFT = {0, 8, 16, 25, 33, 41, 49, 57};
    private static final int[] MASK = {0xFF, 0xFF, 0x1FF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F};
    /** In the hourWeek length: the 31 counts are stored a byte each (all ≤ 255), not a short each. */
    private static final int BYTES = 0x80;

    private ProfileLayout() {}

    static long[] encode(ProfileBuilder b) {
        if (b.categoryAffinity.length != b.categoryScores.length || b.brandAffinity.length != b.brandScores.length) {
            throw new IllegalArgumentException("affinity codes and scores differ in length");
        }
        int[] n = {b.counts.length, b.sumCents.length, b.seen.length, b.recentItems.length, b.recentCategories.length,
                b.hourWeek.length, b.categoryAffinity.length, b.brandAffinity.length};
        if (n[HOURS] != 0 && n[HOURS] != 31) {
            throw new IllegalArgumentException("hourWeek has " + n[HOURS] + " slots, not 31");
        }
        boolean byteHours = true;
        for (short h : b.hourWeek) {
            byteHours &= h <= 255;
        }
        if (n[HOURS] > 0 && byteHours) {
            n[HOURS] |= BYTES; // most profiles count fewer than 256 events per hour: a byte each
        }
        long lengths = 0;
        for (int s = 0; s < n.length; s++) {
            if (n[s] > MASK[s]) {
                throw new IllegalArgumentException("section " + s + " too long: " + n[s]);
            }
            lengths |= (long) n[s] << SHIFT[s];
        }
        long[] d = new long[HEADER + words(COUNTS, n[COUNTS]) + n[SUMS] + n[SEEN] + n[ITEMS] + n[CATEGORIES]
                + words(HOURS, n[HOURS]) + n[CATEGORY_AFFINITY] + n[BRAND_AFFINITY]];
        d[FIRST_SEEN] = b.firstSeen;
        d[LAST_SEEN] = b.lastSeen;
        d[SESSION_KEY] = b.sessionKey;
        d[SESSION_LAST_AT] = b.sessionLastAt;
        d[AFFINITY_AT] = b.affinityAt;
        d[FIRST_ORDER_CENTS] = b.firstOrderCents;
        d[UNIT_PRICE_CENTS] = b.unitPriceCents;
        d[SESSIONS_ORDERS] = pair(b.sessions, b.orders);
        d[ORDER_DAYS] = pair(b.firstOrderDay, b.lastOrderDay);
        d[DISCOUNTED] = b.discountedLines;
        d[LENGTHS] = lengths;
        int at = HEADER;
        for (int i = 0; i < b.counts.length; i++) {
            d[at + i / 2] |= (b.counts[i] & 0xFFFFFFFFL) << (32 * (i % 2));
        }
        at += words(COUNTS, n[COUNTS]);
        at = copy(b.sumCents, d, at);
        at = copy(b.seen, d, at);
        at = copy(b.recentItems, d, at);
        at = copy(b.recentCategories, d, at);
        int perWord = (n[HOURS] & BYTES) != 0 ? 8 : 4;
        for (int i = 0; i < b.hourWeek.length; i++) {
            d[at + i / perWord] |= (b.hourWeek[i] & 0xFFFFL) << (64 / perWord * (i % perWord));
        }
        at += words(HOURS, n[HOURS]);
        for (int i = 0; i < b.categoryAffinity.length; i++) {
            d[at++] = pair(b.categoryAffinity[i], Float.floatToRawIntBits(b.categoryScores[i]));
        }
        for (int i = 0; i < b.brandAffinity.length; i++) {
            d[at++] = pair(b.brandAffinity[i], Float.floatToRawIntBits(b.brandScores[i]));
        }
        return d;
    }

    static int sessions(long[] d) {
        return (int) (d[SESSIONS_ORDERS] >> 32);
    }

    static int orders(long[] d) {
        return (int) d[SESSIONS_ORDERS];
    }

    static int firstOrderDay(long[] d) {
        return (int) (d[ORDER_DAYS] >> 32);
    }

    static int lastOrderDay(long[] d) {
        return (int) d[ORDER_DAYS];
    }

    static int discountedLines(long[] d) {
        return (int) d[DISCOUNTED];
    }

    /** How many values the section holds. */
    static int length(long[] d, int section) {
        return (int) (d[LENGTHS] >>> SHIFT[section]) & MASK[section];
    }

    /** Where the section starts. */
    static int start(long[] d, int section) {
        int at = HEADER;
        for (int s = 0; s < section; s++) {
            at += words(s, length(d, s));
        }
        return at;
    }

    static int count(long[] d, int type) {
        return type < length(d, COUNTS) ? (int) (d[HEADER + type / 2] >>> (32 * (type % 2))) : 0;
    }

    static int[] counts(long[] d) {
        int[] out = new int[length(d, COUNTS)];
        for (int i = 0; i < out.length; i++) {
            out[i] = count(d, i);
        }
        return out;
    }

    static long[] longs(long[] d, int section) {
        int from = start(d, section);
        return Arrays.copyOfRange(d, from, from + length(d, section));
    }

    static short[] hourWeek(long[] d) {
        int field = length(d, HOURS);
        short[] out = new short[field & ~BYTES];
        int from = start(d, HOURS);
        int perWord = (field & BYTES) != 0 ? 8 : 4;
        long mask = perWord == 8 ? 0xFF : 0xFFFF;
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) (d[from + i / perWord] >>> (64 / perWord * (i % perWord)) & mask);
        }
        return out;
    }

    static int[] codes(long[] d, int section) {
        int[] out = new int[length(d, section)];
        int from = start(d, section);
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (d[from + i] >> 32);
        }
        return out;
    }

    static float[] scores(long[] d, int section) {
        float[] out = new float[length(d, section)];
        int from = start(d, section);
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.intBitsToFloat((int) d[from + i]);
        }
        return out;
    }

    private static int words(int section, int length) {
        return switch (section) {
            case COUNTS -> (length + 1) / 2;
            case HOURS -> (length & BYTES) != 0 ? ((length & ~BYTES) + 7) / 8 : (length + 3) / 4;
            default -> length;
        };
    }

    private static long pair(int high, int low) {
        return (long) high << 32 | (low & 0xFFFFFFFFL);
    }

    private static int copy(long[] from, long[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }
}
