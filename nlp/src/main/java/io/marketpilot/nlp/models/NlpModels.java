package io.marketpilot.nlp.models;

import io.marketpilot.nlp.aspect.AspectAnalyzer;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.intent.IntentClassifier;
import io.marketpilot.nlp.intent.IntentModel;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import java.nio.file.Path;

/**
 * One encoder and the heads that read its embeddings: {@link #load} picks the sentiment and intent heads shipped for
 * the configured {@link EncoderVariant} ({@code nlp.encoder.variant}: int8 by default, or fp32), so choosing a
 * variant is all a caller does. {@link #of} pairs an encoder with heads of one's own and refuses a head trained on
 * another encoder ({@link io.marketpilot.nlp.encoder.EncoderMismatchException}). Thread-safe; closing it closes the
 * encoder.
 */
public final class NlpModels implements AutoCloseable {
    /** The token limit the shipped heads' training embeddings were cut at (a test keeps it equal to theirs). */
    public static final int SHIPPED_MAX_TOKENS = 128;

    private final TextEncoder encoder;
    private final SentimentModel sentiment;
    private final IntentClassifier intents;

    private NlpModels(TextEncoder encoder, SentimentModel sentiment, IntentModel intents) {
        sentiment.requireEncoder(encoder.name());
        this.encoder = encoder;
        this.sentiment = sentiment;
        this.intents = new IntentClassifier(encoder, intents);
    }

    /**
     * The encoder settings the shipped heads were trained with: int8, {@value #SHIPPED_MAX_TOKENS} tokens, the
     * tokenizer's native library under {@code nativeDir}; {@code .withVariant(EncoderVariant.FP32)} for fp32.
     */
    public static EncoderConfig defaultConfig(Path nativeDir) {
        return EncoderConfig.defaults(nativeDir).withMaxTokens(SHIPPED_MAX_TOKENS);
    }

    /**
     * Loads the encoder {@code config} describes (about 1 s for int8, 2 s for fp32) with the heads shipped for its
     * variant. The heads are read first, so a broken jar fails before the model loads.
     */
    public static NlpModels load(EncoderConfig config) {
        SentimentModel sentiment = SentimentModelFormat.shipped(config.variant());
        IntentModel intents = IntentClassifier.shippedModel(config.variant());
        OnnxTextEncoder encoder = OnnxTextEncoder.load(config);
        try {
            return new NlpModels(encoder, sentiment, intents);
        } catch (RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    /**
     * {@code encoder} with the given heads (e.g. retrained ones); the caller keeps owning the encoder until it
     * closes the result.
     *
     * @throws io.marketpilot.nlp.encoder.EncoderMismatchException if a head was trained on another encoder
     */
    public static NlpModels of(TextEncoder encoder, SentimentModel sentiment, IntentModel intents) {
        return new NlpModels(encoder, sentiment, intents);
    }

    public TextEncoder encoder() {
        return encoder;
    }

    public SentimentModel sentiment() {
        return sentiment;
    }

    /** The intent classifier over this encoder. */
    public IntentClassifier intents() {
        return intents;
    }

    /** A review analyser (sentiment and aspects) over this encoder and sentiment head; encodes its prototypes. */
    public AspectAnalyzer aspects(AspectConfig config) {
        return new AspectAnalyzer(encoder, sentiment, config);
    }

    @Override
    public void close() {
        encoder.close();
    }
}
