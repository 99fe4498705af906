package io.marketpilot.nlp.intent;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.Provenance;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The saved intent head, format {@code intent-head} version 1 inside the {@link ModelCodec} envelope (magic, name,
 * version, CRC32C). Body: provenance (algorithm, config, fingerprint, seed, code version, trained-at, metrics),
 * encoder name, dimension, buckets, the two feature weights, class names in order, bias, dense and sparse weights.
 */
public final class IntentModelFormat {
    public static final String FORMAT = "intent-head";
    public static final int VERSION = 1;

    private IntentModelFormat() {}

    public static byte[] write(IntentModel m) {
        return ModelCodec.write(FORMAT, VERSION, out -> {
            writeProvenance(out, m.provenance());
            out.writeUTF(m.encoderName());
            out.writeInt(m.dimension());
            out.writeInt(m.buckets());
            out.writeFloat(m.embeddingWeight());
            out.writeFloat(m.ngramWeight());
            out.writeInt(m.bias().length);
            for (Intent i : Intent.values()) {
                out.writeUTF(i.wireName());
            }
            for (float b : m.bias()) {
                out.writeFloat(b);
            }
            for (float[] row : m.dense()) {
                writeFloats(out, row);
            }
            for (float[] row : m.sparse()) {
                writeFloats(out, row);
            }
        });
    }

    public static IntentModel read(byte[] bytes) {
        return ModelCodec.read(bytes, FORMAT, (in, version) -> {
            if (version != VERSION) {
                throw new ModelCodec.ModelFormatException("intent-head version " + version
                        + " is newer than this MarketPilot reads (" + VERSION + "); upgrade MarketPilot");
            }
            Provenance provenance = readProvenance(in);
            String encoder = in.readUTF();
            int dim = in.readInt();
            int buckets = in.readInt();
            float ew = in.readFloat();
            float nw = in.readFloat();
            int k = in.readInt();
            if (k != Intent.values().length) {
                throw new ModelCodec.ModelFormatException("intent-head has " + k + " classes, expected "
                        + Intent.values().length);
            }
            for (Intent i : Intent.values()) {
                String name = in.readUTF();
                if (!name.equals(i.wireName())) {
                    throw new ModelCodec.ModelFormatException("intent-head class " + i.ordinal() + " is '" + name
                            + "', expected '" + i.wireName() + "'");
                }
            }
            float[] bias = readFloats(in, k);
            float[][] dense = new float[k][];
            for (int c = 0; c < k; c++) {
                dense[c] = readFloats(in, dim);
            }
            float[][] sparse = new float[k][];
            for (int c = 0; c < k; c++) {
                sparse[c] = readFloats(in, buckets);
            }
            return new IntentModel(provenance, encoder, dim, buckets, ew, nw, dense, sparse, bias);
        });
    }

    private static void writeProvenance(DataOutputStream out, Provenance p) throws IOException {
        out.writeUTF(p.algorithm());
        writeMap(out, new TreeMap<>(p.config()));
        out.writeUTF(p.dataFingerprint() == null ? "" : p.dataFingerprint());
        out.writeLong(p.seed());
        out.writeUTF(p.codeVersion() == null ? "" : p.codeVersion());
        out.writeUTF(p.trainedAt().toString());
        TreeMap<String, Double> metrics = new TreeMap<>(p.metrics());
        out.writeInt(metrics.size());
        for (var e : metrics.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    private static Provenance readProvenance(DataInputStream in) throws IOException {
        String algorithm = in.readUTF();
        Map<String, String> config = readMap(in);
        String fingerprint = in.readUTF();
        long seed = in.readLong();
        String code = in.readUTF();
        Instant at = Instant.parse(in.readUTF());
        int n = in.readInt();
        Map<String, Double> metrics = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            metrics.put(in.readUTF(), in.readDouble());
        }
        return new Provenance(algorithm, config, fingerprint, seed, code, at, metrics);
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (var e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }
}
