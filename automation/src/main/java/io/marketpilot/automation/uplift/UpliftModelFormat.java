package io.marketpilot.automation.uplift;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.Provenance;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The saved form of an {@link UpliftModel}: the {@link ModelCodec} envelope (format {@code uplift-two-model},
 * version 1, CRC32C) around feature names, standardisation, both weight vectors and the provenance. Version 1 is
 * pinned by a golden file in the tests.
 */
public final class UpliftModelFormat {
    public static final String FORMAT = "uplift-two-model";
    public static final int VERSION = 1;

    private UpliftModelFormat() {}

    public static byte[] write(UpliftModel m) {
        return ModelCodec.write(FORMAT, VERSION, out -> {
            out.writeInt(m.features().size());
            for (String f : m.features()) {
                out.writeUTF(f);
            }
            doubles(out, m.mean());
            doubles(out, m.scale());
            doubles(out, m.treatedWeights());
            doubles(out, m.controlWeights());
            Provenance p = m.provenance();
            out.writeUTF(p.algorithm());
            map(out, p.config());
            out.writeUTF(p.dataFingerprint() == null ? "" : p.dataFingerprint());
            out.writeLong(p.seed());
            out.writeUTF(p.codeVersion() == null ? "" : p.codeVersion());
            out.writeLong(p.trainedAt() == null ? Long.MIN_VALUE : p.trainedAt().toEpochMilli());
        });
    }

    public static UpliftModel read(byte[] bytes) {
        return ModelCodec.read(bytes, FORMAT, (in, version) -> {
            if (version != VERSION) {
                throw new ModelCodec.ModelFormatException("uplift model version " + version + " is newer than this"
                        + " MarketPilot reads (1)");
            }
            int d = in.readInt();
            List<String> features = new ArrayList<>();
            for (int i = 0; i < d; i++) {
                features.add(in.readUTF());
            }
            double[] mean = doubles(in);
            double[] scale = doubles(in);
            double[] treated = doubles(in);
            double[] control = doubles(in);
            String algorithm = in.readUTF();
            Map<String, String> config = map(in);
            String fingerprint = in.readUTF();
            long seed = in.readLong();
            String code = in.readUTF();
            long at = in.readLong();
            return new UpliftModel(features, mean, scale, treated, control, new Provenance(algorithm, config, fingerprint,
                    seed, code, at == Long.MIN_VALUE ? null : Instant.ofEpochMilli(at), Map.of()));
        });
    }

    private static void doubles(DataOutputStream out, double[] v) throws IOException {
        out.writeInt(v.length);
        for (double x : v) {
            out.writeDouble(x);
        }
    }

    private static double[] doubles(DataInputStream in) throws IOException {
        double[] v = new double[in.readInt()];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }

    private static void map(DataOutputStream out, Map<String, String> m) throws IOException {
        out.writeInt(m.size());
        for (var e : new java.util.TreeMap<>(m).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> map(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(in.readUTF(), in.readUTF());
        }
        return m;
    }
}
