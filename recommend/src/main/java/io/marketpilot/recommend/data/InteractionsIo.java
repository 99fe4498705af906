package io.marketpilot.recommend.data;

import io.marketpilot.recommend.model.ArrayIo;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads dictionaries and interaction matrices inside model bodies. */
public final class InteractionsIo {
    private InteractionsIo() {}

    public static void writeDictionary(DataOutputStream out, IdDictionary d) throws IOException {
        out.writeInt(d.size());
        for (int i = 0; i < d.size(); i++) {
            out.writeUTF(d.id(i));
        }
    }

    public static IdDictionary readDictionary(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000_000) {
            throw new IOException("implausible dictionary size " + n);
        }
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(in.readUTF());
        }
        return IdDictionary.of(ids);
    }

    /** The matrix without its dictionaries (the reader supplies them). */
    public static void writeMatrix(DataOutputStream out, Interactions m) throws IOException {
        ArrayIo.writeInts(out, m.rowStartArray());
        ArrayIo.writeInts(out, m.colArray());
        ArrayIo.writeFloats(out, m.weightArray());
        long[] t = m.lastTimeArray();
        out.writeInt(t.length);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(t.length * 8);
        b.asLongBuffer().put(t);
        out.write(b.array());
    }

    public static Interactions readMatrix(DataInputStream in, IdDictionary users, IdDictionary items)
            throws IOException {
        int[] start = ArrayIo.readInts(in);
        int[] cols = ArrayIo.readInts(in);
        float[] w = ArrayIo.readFloats(in);
        int n = in.readInt();
        if (n != cols.length || w.length != cols.length || start.length != users.size() + 1) {
            throw new IOException("interaction matrix arrays do not match (" + start.length + " row starts for "
                + users.size() + " users, " + cols.length + " columns, " + w.length + " weights, " + n + " times)");
        }
        byte[] bytes = in.readNBytes(n * 8);
        if (bytes.length != n * 8) {
            throw new IOException("truncated time array");
        }
        long[] t = new long[n];
        java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(t);
        for (int c : cols) {
            if (c < 0 || c >= items.size()) {
                throw new IOException("item index " + c + " outside the dictionary of " + items.size());
            }
        }
        return new Interactions(users, items, start, cols, w, t);
    }
}
