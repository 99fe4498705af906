package io.marketpilot.engine.insight;

import io.marketpilot.engine.config.NlpConfig;
import io.marketpilot.nlp.aspect.AspectAnalyzer;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import java.nio.file.Path;

/**
 * The engine's one text encoder, sentiment head and aspect analyser, loaded on first use (about 1 s and 200 MB for
 * the int8 encoder), so commands that never touch text do not pay for them. The encoder variant comes from the
 * configuration ({@code nlp.encoder.variant}); the token limit is the head's unless configured. Thread-safe.
 */
public final class NlpRuntime implements AutoCloseable {
    private final Path nativeDir;
    private final NlpConfig config;
    private volatile Loaded loaded;

    private record Loaded(OnnxTextEncoder encoder, SentimentModel sentiment, AspectAnalyzer aspects) {
    }

    /** {@code nativeDir}: where the tokenizer's native library is extracted (under the data directory). */
    public NlpRuntime(Path nativeDir) {
        this(nativeDir, NlpConfig.defaults());
    }

    /** With the configured encoder variant, limits and aspect settings. */
    public NlpRuntime(Path nativeDir, NlpConfig config) {
        this.nativeDir = nativeDir;
        this.config = config;
    }

    public TextEncoder encoder() {
        return load().encoder();
    }

    public SentimentModel sentiment() {
        return load().sentiment();
    }

    public AspectAnalyzer aspects() {
        return load().aspects();
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    SentimentModel head = SentimentModelFormat.shipped();
                    EncoderVariant variant = config.encoder().variant();
                    if (head.usesEmbeddings() && !variant.modelName().equals(head.encoderName())) {
                        throw new IllegalStateException("nlp.encoder.variant is " + variant.name().toLowerCase(
                            java.util.Locale.ROOT) + " (" + variant.modelName() + "), but the shipped sentiment head"
                            + " was trained on " + head.encoderName() + ": set nlp.encoder.variant to match, or train"
                            + " a head on it (bin/marketpilot nlp train-sentiment --variant)");
                    }
                    int maxTokens = head.usesEmbeddings() ? head.encoderMaxTokens() : 256;
                    OnnxTextEncoder encoder = OnnxTextEncoder.load(config.encoder().toEncoderConfig(nativeDir,
                        maxTokens));
                    loaded = new Loaded(encoder, head, new AspectAnalyzer(encoder, head, config.aspects()));
                }
                l = loaded;
            }
        }
        return l;
    }

    @Override
    public synchronized void close() {
        if (loaded != null) {
            loaded.encoder().close();
            loaded = null;
        }
    }
}
