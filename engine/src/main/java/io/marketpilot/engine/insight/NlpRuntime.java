package io.marketpilot.engine.insight;

import io.marketpilot.engine.config.NlpConfig;
import io.marketpilot.nlp.aspect.AspectAnalyzer;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.models.NlpModels;
import io.marketpilot.nlp.sentiment.SentimentModel;
import java.nio.file.Path;

/**
 * The engine's one text encoder, sentiment head and aspect analyser, loaded on first use (about 1 s and 200 MB for
 * the int8 encoder), so commands that never touch text do not pay for them. The encoder variant comes from the
 * configuration ({@code nlp.encoder.variant}) and the heads are the ones shipped for it ({@link NlpModels#load});
 * the token limit is the heads' unless configured. Thread-safe.
 */
public final class NlpRuntime implements AutoCloseable {
    private final Path nativeDir;
    private final NlpConfig config;
    private volatile Loaded loaded;

    private record Loaded(NlpModels models, AspectAnalyzer aspects) {
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

    /** The encoder with the sentiment and intent heads shipped for its variant. */
    public NlpModels models() {
        return load().models();
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
                    NlpModels models = NlpModels.load(
                            config.encoder().toEncoderConfig(nativeDir, NlpModels.SHIPPED_MAX_TOKENS));
                    loaded = new Loaded(models, models.aspects(config.aspects()));
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
