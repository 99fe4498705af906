package io.marketpilot.automation.segment;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * One customer's buffered entries, all channels in one {@code long[]} sized exactly to its content (one array
 * header per customer instead of two arrays and an object per channel). The array is a run of blocks, one per
 * channel with entries:
 * <pre>
 *   header = channel &lt;&lt; 32 | count &lt;&lt; 1 | hasAmounts
 *   count times (epoch µs), ascending; equal times keep their arrival order
 *   count amounts (double bits), only if hasAmounts: most channels count events (every amount 1) and need none
 * </pre>
 * Every change returns a new array (or {@code null} when nothing is left); arrays are never shared between
 * customers and never edited in place, so a reader holding one sees a consistent state.
 */
final class Entries {
    private Entries() {}

    /** Where the channel's block starts (its header), or -1. */
    static int find(long[] d, int channel) {
        for (int at = 0; d != null && at < d.length; at += width(d[at])) {
            if ((int) (d[at] >>> 32) == channel) {
                return at;
            }
        }
        return -1;
    }

    static int count(long[] d, int block) {
        return block < 0 ? 0 : (int) d[block] >>> 1;
    }

    static long time(long[] d, int block, int i) {
        return d[block + 1 + i];
    }

    static double amount(long[] d, int block, int i) {
        long h = d[block];
        return (h & 1) == 0 ? 1.0 : Double.longBitsToDouble(d[block + 1 + ((int) h >>> 1) + i]);
    }

    /** The entries with one more, (t, amount), in the channel's block: after entries at or before t. */
    static long[] add(long[] d, int channel, long t, double amount) {
        int block = find(d, channel);
        if (block < 0) {
            int at = d == null ? 0 : d.length;
            boolean amounts = amount != 1.0;
            long[] out = d == null ? new long[amounts ? 3 : 2] : Arrays.copyOf(d, at + (amounts ? 3 : 2));
            out[at] = header(channel, 1, amounts);
            out[at + 1] = t;
            if (amounts) {
                out[at + 2] = Double.doubleToRawLongBits(amount);
            }
            return out;
        }
        int n = count(d, block);
        boolean had = (d[block] & 1) != 0;
        boolean amounts = had || amount != 1.0;
        int oldWidth = width(d[block]);
        int newWidth = 1 + (n + 1) * (amounts ? 2 : 1);
        long[] out = new long[d.length - oldWidth + newWidth];
        System.arraycopy(d, 0, out, 0, block);
        System.arraycopy(d, block + oldWidth, out, block + newWidth, d.length - block - oldWidth);
        int i = n;
        while (i > 0 && time(d, block, i - 1) > t) {
            i--;
        }
        out[block] = header(channel, n + 1, amounts);
        for (int k = 0, j = 0; k <= n; k++) {
            boolean fresh = k == i;
            out[block + 1 + k] = fresh ? t : time(d, block, j);
            if (amounts) {
                out[block + 1 + (n + 1) + k] = Double.doubleToRawLongBits(fresh ? amount : amount(d, block, j));
            }
            if (!fresh) {
                j++;
            }
        }
        return out;
    }

    /** Both arrays' blocks, which must be of different channels (an addition's replayed blocks joining the live ones). */
    static long[] concat(long[] d, long[] more) {
        if (d == null || more == null) {
            return d == null ? more : d;
        }
        long[] out = Arrays.copyOf(d, d.length + more.length);
        System.arraycopy(more, 0, out, d.length, more.length);
        return out;
    }

    /**
     * Without the entries at or before {@code oldest.applyAsLong(channel)} (too old for any of the channel's
     * conditions), and without blocks left empty; {@code d} itself when nothing is dropped, null when nothing is left.
     */
    static long[] prune(long[] d, IntToLongFunction oldest) {
        if (d == null) {
            return null;
        }
        int drop = 0;
        for (int at = 0; at < d.length; at += width(d[at])) {
            int gone = dropped(d, at, oldest);
            drop += gone * ((d[at] & 1) == 0 ? 1 : 2) + (gone == count(d, at) ? 1 : 0); // an empty block's header too
        }
        if (drop == 0) {
            return d;
        }
        if (drop == d.length) {
            return null;
        }
        long[] out = new long[d.length - drop];
        int o = 0;
        for (int at = 0; at < d.length; at += width(d[at])) {
            int n = count(d, at);
            int gone = dropped(d, at, oldest);
            if (gone == n) {
                continue;
            }
            boolean amounts = (d[at] & 1) != 0;
            out[o] = header((int) (d[at] >>> 32), n - gone, amounts);
            System.arraycopy(d, at + 1 + gone, out, o + 1, n - gone);
            if (amounts) {
                System.arraycopy(d, at + 1 + n + gone, out, o + 1 + (n - gone), n - gone);
            }
            o += width(out[o]);
        }
        return out;
    }

    /** How many of the block's first entries are at or before the channel's oldest time. */
    private static int dropped(long[] d, int block, IntToLongFunction oldest) {
        long limit = oldest.applyAsLong((int) (d[block] >>> 32));
        int n = count(d, block);
        int k = 0;
        while (k < n && time(d, block, k) <= limit) {
            k++;
        }
        return k;
    }

    private static long header(int channel, int count, boolean amounts) {
        return (long) channel << 32 | (long) count << 1 | (amounts ? 1 : 0);
    }

    private static int width(long header) {
        int n = (int) header >>> 1;
        return 1 + n * ((header & 1) == 0 ? 1 : 2);
    }

    /** Bytes of the array (memory reports). */
    static long bytes(long[] d) {
        return d == null ? 0 : 16 + 8L * d.length;
    }
}
