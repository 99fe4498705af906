package io.marketpilot.nlp.sentiment;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.nlp.encoder.EncoderMismatchException;
import io.marketpilot.nlp.encoder.EncoderVariant;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The saved sentiment head, format {@code sentiment-head} v1 inside the {@link ModelCodec} envelope (magic, name,
 * version, CRC32C): provenance, encoder name and token limit, n-gram hashing, calibration, the dense weights as
 * float32 and the n-gram weights as float16 (half the size; the loss is far below the model's noise). v2 adds a flag and,
 * when set, an English sub-head (the same layout without provenance) at the end.
 */
public final class SentimentModelFormat {
    public static final String NAME = "sentiment-head";
    public static final int VERSION = 2;
    /**
     * The heads shipped with the code, one per encoder variant ({@code %s} is {@code int8} or {@code fp32}; trained
     * by {@code bin/marketpilot nlp train-sentiment --variant V}).
     */
    public static final String SHIPPED = "/io/marketpilot/nlp/sentiment/sentiment-head-%s.mpm";

    private SentimentModelFormat() {}

    public static byte[] write(SentimentModel m) {
        return ModelCodec.write(NAME, VERSION, out -> {
            writeProvenance(out, m.provenance());
            writeBody(out, m);
            out.writeBoolean(m.english() != null);
            if (m.english() != null) {
                writeBody(out, m.english());
            }
        });
    }

    private static void writeBody(DataOutputStream out, SentimentModel m) throws IOException {
        out.writeUTF(m.encoderName());
        out.writeInt(m.encoderMaxTokens());
        out.writeInt(m.ngrams().buckets());
        out.writeInt(m.ngrams().maxChars());
        out.writeDouble(m.neutralBand());
        out.writeDouble(m.bias());
        out.writeDouble(m.plattA());
        out.writeDouble(m.plattB());
        out.writeInt(m.denseWeights().length);
        for (float f : m.denseWeights()) {
            out.writeFloat(f);
        }
        for (float f : m.sparseWeights()) {
            out.writeShort(Float.floatToFloat16(f));
        }
    }

    public static SentimentModel read(byte[] bytes) {
        return ModelCodec.read(bytes, NAME, (in, version) -> {
            if (version > VERSION || version < 1) {
                throw new ModelCodec.ModelFormatException("sentiment-head version " + version + " is newer than this "
                    + "build reads (" + VERSION + "): upgrade MarketPilot");
            }
            Provenance p = readProvenance(in);
            SentimentModel main = readBody(in, p);
            if (version == 1 || !in.readBoolean()) {
                return main;
            }
            return main.withEnglish(readBody(in, p), p);
        });
    }

    private static SentimentModel readBody(DataInputStream in, Provenance p) throws IOException {
        String encoder = in.readUTF();
        int maxTokens = in.readInt();
        CharNgrams ngrams = new CharNgrams(in.readInt(), in.readInt());
        double band = in.readDouble();
        double bias = in.readDouble();
        double a = in.readDouble();
        double b = in.readDouble();
        float[] dense = new float[in.readInt()];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = in.readFloat();
        }
        float[] sparse = new float[ngrams.buckets()];
        for (int i = 0; i < sparse.length; i++) {
            sparse[i] = Float.float16ToFloat(in.readShort());
        }
        return new SentimentModel(encoder, maxTokens, ngrams, sparse, dense, bias, a, b, band, p);
    }

    /** The head shipped for the default encoder, int8 BGE-small-zh v1.5. */
    public static SentimentModel shipped() {
        return shipped(EncoderVariant.INT8);
    }

    /** The head shipped for {@code variant}, checked to have been trained on that variant's embeddings. */
    public static SentimentModel shipped(EncoderVariant variant) {
        String resource = shippedResource(variant);
        SentimentModel head;
        try (InputStream in = SentimentModelFormat.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: run " + retrainCommand(variant));
            }
            head = read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (head.usesEmbeddings()) {
            EncoderMismatchException.require("the shipped sentiment head " + resource, head.encoderName(),
                variant.modelName(), SentimentModelFormat::retrainCommand);
        }
        return head;
    }

    /** Where the head for {@code variant} lives on the class path. */
    public static String shippedResource(EncoderVariant variant) {
        return SHIPPED.formatted(variant.label());
    }

    /** The command that trains (and ships) the head for {@code variant}. */
    public static String retrainCommand(EncoderVariant variant) {
        return "bin/marketpilot nlp train-sentiment --variant " + variant.label();
    }

    private static void writeProvenance(DataOutputStream out, Provenance p) throws IOException {
        out.writeUTF(p.algorithm());
        out.writeInt(p.config().size());
        for (var e : new java.util.TreeMap<>(p.config()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeUTF(p.dataFingerprint() == null ? "" : p.dataFingerprint());
        out.writeLong(p.seed());
        out.writeUTF(p.codeVersion() == null ? "" : p.codeVersion());
        out.writeLong(p.trainedAt() == null ? Long.MIN_VALUE : p.trainedAt().toEpochMilli());
        out.writeInt(p.metrics().size());
        for (var e : new java.util.TreeMap<>(p.metrics()).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    private static Provenance readProvenance(DataInputStream in) throws IOException {
        String algorithm = in.readUTF();
        Map<String, String> config = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            config.put(in.readUTF(), in.readUTF());
        }
        String fingerprint = in.readUTF();
        long seed = in.readLong();
        String code = in.readUTF();
        long at = in.readLong();
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            metrics.put(in.readUTF(), in.readDouble());
        }
        return new Provenance(algorithm, config, fingerprint, seed, code,
            at == Long.MIN_VALUE ? null : Instant.ofEpochMilli(at), metrics);
    }
}
