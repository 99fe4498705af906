package io.marketpilot.recommend.data;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The user × item matrix models train on, in compressed sparse rows: row {@code u} holds the items of user
 * {@code u} in ascending index order with a weight (summed event weights, possibly time-decayed) and the last
 * time the pair occurred. Dictionaries cover every user and item of the source log, so users or items without
 * any training pair simply have empty rows or columns. Immutable.
 */
public final class Interactions {
    private final IdDictionary users;
    private final IdDictionary items;
    private final int[] rowStart;
    private final int[] cols;
    private final float[] weights;
    private final long[] lastTime;

    Interactions(IdDictionary users, IdDictionary items, int[] rowStart, int[] cols, float[] weights,
                 long[] lastTime) {
        this.users = users;
        this.items = items;
        this.rowStart = rowStart;
        this.cols = cols;
        this.weights = weights;
        this.lastTime = lastTime;
    }

    public IdDictionary users() {
        return users;
    }

    public IdDictionary items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of stored (user, item) pairs. */
    public int pairs() {
        return cols.length;
    }

    /** Start offset of row {@code u} in {@link #col}/{@link #weight}; the row ends at {@code rowStart(u + 1)}. */
    public int rowStart(int u) {
        return rowStart[u];
    }

    public int rowEnd(int u) {
        return rowStart[u + 1];
    }

    public int rowLength(int u) {
        return rowStart[u + 1] - rowStart[u];
    }

    public int col(int offset) {
        return cols[offset];
    }

    public float weight(int offset) {
        return weights[offset];
    }

    public long lastTime(int offset) {
        return lastTime[offset];
    }

    /** The raw column array (do not modify): items of all rows back to back. */
    public int[] colArray() {
        return cols;
    }

    public float[] weightArray() {
        return weights;
    }

    public int[] rowStartArray() {
        return rowStart;
    }

    public long[] lastTimeArray() {
        return lastTime;
    }

    /** The items of user {@code u} (ascending index). */
    public int[] itemsOf(int u) {
        return java.util.Arrays.copyOfRange(cols, rowStart[u], rowStart[u + 1]);
    }

    /** Whether user {@code u} has item {@code i} (binary search in the row). */
    public boolean contains(int u, int i) {
        return java.util.Arrays.binarySearch(cols, rowStart[u], rowStart[u + 1], i) >= 0;
    }

    /** The same matrix without the pairs at the given offsets (for carving validation data out of training data). */
    public Interactions without(java.util.BitSet offsets) {
        int keep = cols.length - offsets.cardinality();
        int[] start = new int[rowStart.length];
        int[] c = new int[keep];
        float[] w = new float[keep];
        long[] t = new long[keep];
        int out = 0;
        for (int u = 0; u < userCount(); u++) {
            start[u] = out;
            for (int p = rowStart[u]; p < rowStart[u + 1]; p++) {
                if (!offsets.get(p)) {
                    c[out] = cols[p];
                    w[out] = weights[p];
                    t[out] = lastTime[p];
                    out++;
                }
            }
        }
        start[userCount()] = out;
        return new Interactions(users, items, start, c, w, t);
    }

    /** Number of users per item. */
    public int[] itemDegrees() {
        int[] deg = new int[itemCount()];
        for (int c : cols) {
            deg[c]++;
        }
        return deg;
    }

    /** The item × user matrix (columns become rows); dictionaries swap places. */
    public Interactions transpose() {
        int n = itemCount();
        int[] start = new int[n + 1];
        for (int c : cols) {
            start[c + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] tCols = new int[cols.length];
        float[] tW = new float[cols.length];
        long[] tT = new long[cols.length];
        for (int u = 0; u < userCount(); u++) {
            for (int p = rowStart[u]; p < rowStart[u + 1]; p++) {
                int at = fill[cols[p]]++;
                tCols[at] = u;
                tW[at] = weights[p];
                tT[at] = lastTime[p];
            }
        }
        return new Interactions(items, users, start, tCols, tW, tT);
    }

    /** The user's training history as the models' input, ordered by last time (oldest first). */
    public io.marketpilot.recommend.model.UserHistory history(int u) {
        int s = rowStart[u];
        int len = rowStart[u + 1] - s;
        Integer[] order = new Integer[len];
        for (int k = 0; k < len; k++) {
            order[k] = s + k;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(lastTime[a], lastTime[b]));
        int[] it = new int[len];
        float[] w = new float[len];
        long[] t = new long[len];
        for (int k = 0; k < len; k++) {
            it[k] = cols[order[k]];
            w[k] = weights[order[k]];
            t[k] = lastTime[order[k]];
        }
        return new io.marketpilot.recommend.model.UserHistory(u, it, w, t);
    }

    /** A SHA-256 over the structure and weights: the training data's identity in a model's provenance. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            buf.putInt(userCount()).putInt(itemCount()).putInt(pairs());
            for (int u = 0; u < userCount(); u++) {
                for (int p = rowStart[u]; p < rowStart[u + 1]; p++) {
                    if (buf.remaining() < 16) {
                        md.update(buf.flip());
                        buf.clear();
                    }
                    buf.putInt(u).putInt(cols[p]).putFloat(weights[p]);
                }
            }
            md.update(buf.flip());
            for (int i = 0; i < itemCount(); i++) {
                md.update(items.id(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
