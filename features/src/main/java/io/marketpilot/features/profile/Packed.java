package io.marketpilot.features.profile;

import java.util.Arrays;

/**
 * Sorted arrays of {@code (epochSecond << 32) | code} longs: "the latest N distinct codes" and "the latest N ids",
 * with a union that is commutative and associative (the top N of a union does not depend on how it was grouped).
 */
final class Packed {
    private Packed() {}

    static long pack(long epochSecond, int code) {
        return (epochSecond << 32) | (code & 0xFFFFFFFFL);
    }

    static int code(long packed) {
        return (int) packed;
    }

    static long second(long packed) {
        return packed >>> 32;
    }

    /** The ids kept to recognise replays: the latest {@code limit}, plus every id sharing the oldest kept second. */
    static long[] unionIds(long[] a, long[] b, int limit, int hardCap) {
        long[] top = union(a, b, hardCap, false);
        int keep = Math.min(limit, top.length);
        if (keep == 0) {
            return top;
        }
        long boundary = second(top[top.length - keep]);
        int from = top.length - keep;
        while (from > 0 && second(top[from - 1]) == boundary) {
            from--;
        }
        return from == 0 ? top : Arrays.copyOfRange(top, from, top.length);
    }

    /** The union of two ascending arrays, keeping the {@code limit} largest; with {@code distinctCodes} a code keeps its latest time. */
    static long[] union(long[] a, long[] b, int limit, boolean distinctCodes) {
        long[] all = new long[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        long[] out = new long[Math.min(limit, all.length)];
        int n = 0;
        for (int i = all.length - 1; i >= 0 && n < out.length; i--) {
            long v = all[i];
            if (n > 0 && out[n - 1] == v) {
                continue;
            }
            if (distinctCodes && containsCode(out, n, code(v))) {
                continue;
            }
            out[n++] = v;
        }
        long[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    private static boolean containsCode(long[] values, int n, int code) {
        for (int i = 0; i < n; i++) {
            if (code(values[i]) == code) {
                return true;
            }
        }
        return false;
    }

    /** The codes, newest first. */
    static int[] codesNewestFirst(long[] packed) {
        int[] out = new int[packed.length];
        for (int i = 0; i < packed.length; i++) {
            out[i] = code(packed[packed.length - 1 - i]);
        }
        return out;
    }
}
