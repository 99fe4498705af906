package io.marketpilot.recommend.popularity;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;

/**
 * Recent popularity relative to the request time: an item's score is the number of training pairs whose last time
 * falls in the window before the request ({@link UserHistory#nowMillis()}, or the latest training time when
 * unknown), ties broken by all-time popularity. Keeps every item's pair times sorted, so a request costs two binary
 * searches per item; the last window's scores are cached for requests in the same minute.
 */
public final class TrendingModel implements ScoringModel {
    private static final long CACHE_GRANULARITY_MS = 60_000;

    private final long windowMillis;
    private final int[] start;
    private final long[] times;
    private final float[] allTime;
    private final long latest;
    private final Provenance provenance;
    private volatile Cached cached;

    private record Cached(long minute, float[] scores) {}

    TrendingModel(long windowMillis, int[] start, long[] times, float[] allTime, Provenance provenance) {
        this.windowMillis = windowMillis;
        this.start = start;
        this.times = times;
        this.allTime = allTime;
        long max = Long.MIN_VALUE;
        for (long t : times) {
            max = Math.max(max, t);
        }
        this.latest = max;
        this.provenance = provenance;
    }

    @Override
    public int itemCount() {
        return allTime.length;
    }

    @Override
    public void score(UserHistory history, float[] out) {
        long now = history.nowMillis() == Long.MIN_VALUE ? latest : history.nowMillis();
        long minute = Math.floorDiv(now, CACHE_GRANULARITY_MS);
        Cached c = cached;
        if (c == null || c.minute != minute) {
            c = new Cached(minute, compute(now));
            cached = c;
        }
        System.arraycopy(c.scores, 0, out, 0, out.length);
    }

    private float[] compute(long now) {
        int n = allTime.length;
        float[] s = new float[n];
        float tieScale = 1f / (n + 1);
        for (int i = 0; i < n; i++) {
            int lo = lowerBound(start[i], start[i + 1], now - windowMillis);
            int hi = upperBound(start[i], start[i + 1], now);
            s[i] = Math.max(0, hi - lo) + allTime[i] * tieScale;
        }
        return s;
    }

    private int lowerBound(int from, int to, long t) {
        int i = Arrays.binarySearch(times, from, to, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > from && times[i - 1] == t) {
            i--;
        }
        return i;
    }

    private int upperBound(int from, int to, long t) {
        int i = Arrays.binarySearch(times, from, to, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i < to && times[i] == t) {
            i++;
        }
        return i;
    }

    long windowMillis() {
        return windowMillis;
    }

    int[] start() {
        return start;
    }

    long[] times() {
        return times;
    }

    float[] allTime() {
        return allTime;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
