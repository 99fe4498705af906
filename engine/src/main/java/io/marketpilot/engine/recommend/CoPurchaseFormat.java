package io.marketpilot.engine.recommend;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.core.model.Provenance;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The saved form of {@link CoPurchaseModel}, format {@code co-purchase} version 1: item dictionary,
 * compressed neighbour rows, popularity list. Provenance is stored beside the bytes by the model store.
 */
public final class CoPurchaseFormat {
    public static final String FORMAT = "co-purchase";
    public static final int VERSION = 1;

    private CoPurchaseFormat() {}

    public static byte[] write(CoPurchaseModel m) {
        return ModelCodec.write(FORMAT, VERSION, out -> {
            out.writeInt(m.items.length);
            for (String item : m.items) {
                out.writeUTF(item);
            }
            ints(out, m.offsets);
            ints(out, m.neighbours);
            floats(out, m.scores);
            ints(out, m.popular);
            floats(out, m.popularScores);
        });
    }

    public static CoPurchaseModel read(byte[] bytes, Provenance provenance) {
        return ModelCodec.read(bytes, FORMAT, (in, version) -> {
            if (version != VERSION) {
                throw new ModelFormatException("co-purchase model version " + version
                        + " is newer than this MarketPilot reads (" + VERSION + "); upgrade or retrain");
            }
            String[] items = new String[in.readInt()];
            for (int i = 0; i < items.length; i++) {
                items[i] = in.readUTF();
            }
            return new CoPurchaseModel(items, ints(in), ints(in), floats(in), ints(in), floats(in), provenance);
        });
    }

    private static void ints(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static void floats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        for (float v : a) {
            out.writeFloat(v);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] a = new float[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readFloat();
        }
        return a;
    }
}
