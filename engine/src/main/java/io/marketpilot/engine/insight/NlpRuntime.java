package io.marketpilot.engine.insight;

import io.marketpilot.nlp.aspect.AspectAnalyzer;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import java.nio.file.Path;

/**
 * The engine's one text encoder, sentiment head and aspect analyser, loaded on first use (about 1 s and 200 MB for
 * the int8 encoder), so commands that never touch text do not pay for them. The encoder variant and token limit are
 * the ones the shipped head was trained with. Thread-safe.
 */
public final class NlpRuntime implements AutoCloseable {
    private final Path nativeDir;
    private volatile Loaded loaded;

    private record Loaded(OnnxTextEncoder encoder, SentimentModel sentiment, AspectAnalyzer aspects) {
    }

    /** {@code nativeDir}: where the tokenizer's native library is extracted (under the data directory). */
    public NlpRuntime(Path nativeDir) {
        this.nativeDir = nativeDir;
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
                    EncoderVariant variant = EncoderVariant.INT8;
                    for (EncoderVariant v : EncoderVariant.values()) {
                        if (v.modelName().equals(head.encoderName())) {
                            variant = v;
                        }
                    }
                    int maxTokens = head.usesEmbeddings() ? head.encoderMaxTokens() : 256;
                    OnnxTextEncoder encoder = OnnxTextEncoder.load(EncoderConfig.defaults(nativeDir)
                        .withVariant(variant).withMaxTokens(maxTokens));
                    loaded = new Loaded(encoder, head, new AspectAnalyzer(encoder, head, AspectConfig.defaults()));
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
