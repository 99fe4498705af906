package io.marketpilot.engine.insight;

import io.marketpilot.nlp.aspect.AspectAnalyzer;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.models.NlpModels;
import io.marketpilot.nlp.sentiment.SentimentModel;
import java.nio.file.Path;

/**
 * The engine's one text encoder, sentiment head and aspect analyser, loaded on first use (about 1 s and 200 MB for
 * the int8 encoder), so commands that never touch text do not pay for them. The heads are the ones shipped for the
 * configured encoder variant ({@link NlpModels#load}). Thread-safe.
 */
public final class NlpRuntime implements AutoCloseable {
    private final EncoderConfig encoderConfig;
    private volatile Loaded loaded;

    private record Loaded(NlpModels models, AspectAnalyzer aspects) {
    }

    /** The default encoder (int8, the shipped heads' token limit), its native library under {@code nativeDir}. */
    public NlpRuntime(Path nativeDir) {
        this(NlpModels.defaultConfig(nativeDir));
    }

    /** The encoder {@code encoderConfig} describes, e.g. {@code NlpModels.defaultConfig(dir).withVariant(v)}. */
    public NlpRuntime(EncoderConfig encoderConfig) {
        this.encoderConfig = encoderConfig;
    }

    public TextEncoder encoder() {
        return load().models().encoder();
    }

    public SentimentModel sentiment() {
        return load().models().sentiment();
    }

    public AspectAnalyzer aspects() {
        return load().aspects();
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    NlpModels models = NlpModels.load(encoderConfig);
                    loaded = new Loaded(models, models.aspects(AspectConfig.defaults()));
                }
                l = loaded;
            }
        }
        return l;
    }

    @Override
    public synchronized void close() {
        if (loaded != null) {
            loaded.models().close();
            loaded = null;
        }
    }
}
