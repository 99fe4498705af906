package io.marketpilot.engine.recommend;

import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;

/**
 * Trending as requests use it, computed once per minute of request time rather than per request: every item's
 * trending score z-scored (the tie-break under every answer) and all items ordered by it (where large catalogues
 * take their trending candidates and fill from). Thread-safe. When a minute turns, the first request computes the
 * new minute (about 20 ms for 100,000 items) while the others keep using the previous one, so no request queues
 * behind it; a request whose clock is behind the latest minute gets the latest. The very first computation, and
 * "as of training" (no request time, kept apart), are waited for.
 */
final class TrendingNow {
    private static final long MINUTE_MS = 60_000;

    /** One minute's trending: z-scores by item and items best first (ties by lower index). */
    record Snapshot(long minute, float[] z, int[] order) {}

    private final ScoringModel trending;
    private final java.util.concurrent.atomic.AtomicBoolean refreshing = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile Snapshot latest;
    private volatile Snapshot asOfTraining;

    TrendingNow(ScoringModel trending) {
        this.trending = trending;
    }

    /** Trending at {@code nowMillis} ({@link Long#MIN_VALUE}: as of the latest training data). */
    Snapshot at(long nowMillis) {
        if (nowMillis == Long.MIN_VALUE) {
            Snapshot s = asOfTraining;
            if (s == null) {
                s = compute(nowMillis, Long.MIN_VALUE);
                asOfTraining = s;
            }
            return s;
        }
        long minute = Math.floorDiv(nowMillis, MINUTE_MS);
        Snapshot s = latest;
        // a request that read the clock just before the minute turned gets the newer minute, not a recomputation
        if (s != null && s.minute() >= minute) {
            return s;
        }
        if (s != null) {
            if (!refreshing.compareAndSet(false, true)) {
                return s;
            }
            try {
                Snapshot fresh = compute(nowMillis, minute);
                latest = fresh;
                return fresh;
            } finally {
                refreshing.set(false);
            }
        }
        synchronized (this) {
            s = latest;
            if (s == null || s.minute() < minute) {
                s = compute(nowMillis, minute);
                latest = s;
            }
            return s;
        }
    }

    private Snapshot compute(long nowMillis, long minute) {
        int n = trending.itemCount();
        float[] z = new float[n];
        trending.score(UserHistory.anonymous(new int[0]).at(nowMillis), z);
        Scoring.zScores(z);
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int b = Float.floatToIntBits(z[i]);
            int sortable = b ^ ((b >> 31) & 0x7fffffff);
            keyed[i] = ((long) ~sortable << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) keyed[r];
        }
        return new Snapshot(minute, z, order);
    }
}
