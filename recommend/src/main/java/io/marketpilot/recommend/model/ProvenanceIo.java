package io.marketpilot.recommend.model;

import io.marketpilot.core.model.Provenance;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes and reads a {@link Provenance} inside a model body, so every saved model carries where it came from. */
public final class ProvenanceIo {
    private ProvenanceIo() {}

    public static void write(DataOutputStream out, Provenance p) throws IOException {
        out.writeUTF(p.algorithm());
        out.writeInt(p.config().size());
        for (var e : new java.util.TreeMap<>(p.config()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeUTF(p.dataFingerprint());
        out.writeLong(p.seed());
        out.writeUTF(p.codeVersion());
        out.writeLong(p.trainedAt().getEpochSecond());
        out.writeInt(p.trainedAt().getNano());
        out.writeInt(p.metrics().size());
        for (var e : new java.util.TreeMap<>(p.metrics()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    public static Provenance read(DataInputStream in) throws IOException {
        String algorithm = in.readUTF();
        int n = in.readInt();
        Map<String, String> config = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            config.put(in.readUTF(), in.readUTF());
        }
        String fingerprint = in.readUTF();
        long seed = in.readLong();
        String version = in.readUTF();
        Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
        int m = in.readInt();
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int k = 0; k < m; k++) {
            metrics.put(in.readUTF(), in.readDouble());
        }
        return new Provenance(algorithm, config, fingerprint, seed, version, at, metrics);
    }

    /** Provenance of a model trained now by {@code algorithm} with {@code config} on {@code fingerprint}. */
    public static Provenance of(String algorithm, AlgorithmConfig config, String fingerprint, TrainContext ctx) {
        Map<String, String> c = new LinkedHashMap<>();
        config.params().forEach((k, v) -> c.put(k, String.valueOf(v)));
        return new Provenance(algorithm, c, fingerprint, ctx.seed(), ctx.codeVersion(), ctx.trainedAt(), Map.of());
    }
}
