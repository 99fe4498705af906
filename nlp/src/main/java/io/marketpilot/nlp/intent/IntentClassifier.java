package io.marketpilot.nlp.intent;

import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.text.Segmenter;
import io.marketpilot.nlp.text.TextNormalizer;
import io.marketpilot.nlp.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Classifies customer messages into {@link Intent}s: normalise → encode (the shared {@link TextEncoder}) + hashed
 * character n-grams → the trained head. Thread-safe. {@link #shipped} loads the head in the jar
 * ({@value #SHIPPED}, trained on the bundled examples with the int8 BGE-small-zh encoder).
 */
public final class IntentClassifier {
    /** The shipped head, a classpath resource next to this class. */
    public static final String SHIPPED = "intent-head-v1.mpm";

    private final TextEncoder encoder;
    private final IntentModel model;
    private final TextNormalizer normalizer = new TextNormalizer(512);

    public IntentClassifier(TextEncoder encoder, IntentModel model) {
        if (encoder.dimension() != model.dimension()) {
            throw new IllegalArgumentException("the intent head expects " + model.dimension() + "-d embeddings ("
                    + model.encoderName() + "), the encoder " + encoder.name() + " gives " + encoder.dimension());
        }
        this.encoder = encoder;
        this.model = model;
    }

    /** The head shipped in the jar, on {@code encoder}. */
    public static IntentClassifier shipped(TextEncoder encoder) {
        return new IntentClassifier(encoder, IntentModelFormat.read(shippedBytes()));
    }

    static byte[] shippedBytes() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHIPPED, e);
        }
    }

    public IntentModel model() {
        return model;
    }

    public IntentPrediction classify(String text) {
        return classifyAll(List.of(text == null ? "" : text)).get(0);
    }

    /**
     * Classifies a text whose encoding the caller already has (the assistant reuses it for the FAQ search):
     * {@code embedding} must be the encoder's vector of the normalised text.
     */
    public IntentPrediction classify(String text, float[] embedding) {
        String normalized = normalizer.normalize(text).text();
        return model.predict(new IntentFeatures(embedding, CharNgrams.of(normalized, words(normalized), model.buckets())));
    }

    /** One batched encoder call for all texts. */
    public List<IntentPrediction> classifyAll(List<String> texts) {
        List<IntentFeatures> features = featurize(encoder, texts, model.buckets(), normalizer);
        return features.stream().map(model::predict).toList();
    }

    /** Features for texts, in order: normalised text → one batched {@link TextEncoder#encodeAll} + n-grams. */
    static List<IntentFeatures> featurize(TextEncoder encoder, List<String> texts, int buckets, TextNormalizer normalizer) {
        List<String> normalized = texts.stream().map(t -> normalizer.normalize(t).text()).toList();
        // an empty message still gets a prediction (most likely "other"); some encoders refuse blank input
        List<float[]> embeddings = encoder.encodeAll(normalized.stream().map(t -> t.isBlank() ? "?" : t).toList());
        List<IntentFeatures> out = new ArrayList<>(texts.size());
        for (int i = 0; i < normalized.size(); i++) {
            out.add(new IntentFeatures(embeddings.get(i), CharNgrams.of(normalized.get(i), words(normalized.get(i)), buckets)));
        }
        return out;
    }

    private static final Segmenter SEGMENTER = new Segmenter();

    private static List<String> words(String text) {
        return SEGMENTER.segment(text).stream().filter(t -> !t.pos().startsWith("w")).map(Token::word).toList();
    }

    /**
     * Featurises the bundled examples with {@code encoder}, split as the file says: the input of
     * {@link IntentTrainer#train}.
     */
    public static IntentTrainer.Data bundledData(TextEncoder encoder, IntentTrainerConfig config) {
        List<LabeledMessage> all = IntentExamples.bundled();
        List<IntentFeatures> f = featurize(encoder, all.stream().map(LabeledMessage::text).toList(), config.buckets(),
                new TextNormalizer(512));
        List<IntentTrainer.Example> train = new ArrayList<>();
        List<IntentTrainer.Example> held = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            LabeledMessage m = all.get(i);
            (m.heldOut() ? held : train).add(new IntentTrainer.Example(f.get(i), m.intent(), m.language()));
        }
        return new IntentTrainer.Data(train, held, encoder.name(), encoder.dimension(), fingerprint(all));
    }

    private static String fingerprint(List<LabeledMessage> all) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (LabeledMessage m : all) {
                sha.update((m.intent().wireName() + '\t' + m.language() + '\t' + m.heldOut() + '\t' + m.text() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
