package io.marketpilot.nlp.intent;

import io.marketpilot.nlp.encoder.EncoderMismatchException;
import io.marketpilot.nlp.encoder.EncoderVariant;
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
 * character n-grams → the trained head. Thread-safe. {@link #shipped} loads the head in the jar for the encoder's
 * variant ({@code intent-head-int8.mpm} or {@code intent-head-fp32.mpm}, trained on the bundled examples with that
 * BGE-small-zh v1.5 build); a head never reads another encoder's embeddings.
 */
public final class IntentClassifier {
    /** The shipped heads, classpath resources next to this class; {@code %s} is {@code int8} or {@code fp32}. */
    public static final String SHIPPED = "intent-head-%s.mpm";

    private final TextEncoder encoder;
    private final IntentModel model;
    private final TextNormalizer normalizer = new TextNormalizer(512);

    /** @throws EncoderMismatchException when {@code model} was trained on another encoder than {@code encoder} */
    public IntentClassifier(TextEncoder encoder, IntentModel model) {
        EncoderMismatchException.require("the intent head", model.encoderName(), encoder.name(),
                IntentClassifier::retrainCommand);
        if (encoder.dimension() != model.dimension()) {
            throw new IllegalArgumentException("the intent head expects " + model.dimension() + "-d embeddings ("
                    + model.encoderName() + "), the encoder " + encoder.name() + " gives " + encoder.dimension());
        }
        this.encoder = encoder;
        this.model = model;
    }

    /** The head shipped for the variant of {@code encoder}, on {@code encoder}. */
    public static IntentClassifier shipped(TextEncoder encoder) {
        EncoderVariant variant = EncoderVariant.ofModelName(encoder.name()).orElseThrow(() ->
                new IllegalArgumentException("no intent head is shipped for the encoder '" + encoder.name()
                        + "': the shipped heads read BGE-small-zh v1.5 int8 or fp32 embeddings"));
        return new IntentClassifier(encoder, shippedModel(variant));
    }

    /** The head shipped for {@code variant}, checked to have been trained on that variant. */
    public static IntentModel shippedModel(EncoderVariant variant) {
        IntentModel model = IntentModelFormat.read(shippedBytes(variant));
        EncoderMismatchException.require("the shipped intent head " + SHIPPED.formatted(variant.label()),
                model.encoderName(), variant.modelName(), IntentClassifier::retrainCommand);
        return model;
    }

    static byte[] shippedBytes(EncoderVariant variant) {
        String name = SHIPPED.formatted(variant.label());
        try (InputStream in = IntentClassifier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath: run " + retrainCommand(variant));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The command that trains (and ships) the intent head for {@code variant} (about 20 s, from the repository root). */
    public static String retrainCommand(EncoderVariant variant) {
        return "mvn -B -q -o -pl nlp -am test -Dtest=IntentHeadBuild -Dsurefire.failIfNoSpecifiedTests=false "
                + "-Dnlp.intent.variant=" + variant.label() + " -Dnlp.intent.write=$PWD/nlp/src/main/resources/"
                + "io/marketpilot/nlp/intent/" + SHIPPED.formatted(variant.label());
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
