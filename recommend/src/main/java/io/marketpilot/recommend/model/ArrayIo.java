package io.marketpilot.recommend.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Length-prefixed primitive arrays for model bodies (big-endian, bulk-copied). */
public final class ArrayIo {
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 16;

    private ArrayIo() {}

    public static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asFloatBuffer().put(a);
        out.write(b.array());
    }

    public static float[] readFloats(DataInputStream in) throws IOException {
        int n = length(in, 4);
        byte[] bytes = in.readNBytes(n * 4);
        if (bytes.length != n * 4) {
            throw new IOException("truncated float array");
        }
        float[] a = new float[n];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(a);
        return a;
    }

    public static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    public static int[] readInts(DataInputStream in) throws IOException {
        int n = length(in, 4);
        byte[] bytes = in.readNBytes(n * 4);
        if (bytes.length != n * 4) {
            throw new IOException("truncated int array");
        }
        int[] a = new int[n];
        ByteBuffer.wrap(bytes).asIntBuffer().get(a);
        return a;
    }

    private static int length(DataInputStream in, int width) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * width > MAX_LENGTH) {
            throw new IOException("implausible array length " + n);
        }
        return n;
    }
}
