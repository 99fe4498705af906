package io.marketpilot.engine.config;

import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Review and question understanding: how the text encoder runs ({@code nlp.encoder.*}) and how reviews are split into
 * aspects ({@code nlp.aspects.*}). The sentiment and intent heads only work on the encoder variant they were trained on.
 */
public record NlpConfig(Encoder encoder, AspectConfig aspects) {
    public NlpConfig {
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(aspects, "aspects");
    }

    public static NlpConfig defaults() {
        return new NlpConfig(Encoder.defaults(), AspectConfig.defaults());
    }

    /**
     * The encoder settings.
     *
     * @param variant         int8 (24 MB, the default) or fp32 (95 MB)
     * @param maxTokens       texts are cut to this many tokens; 0 = the limit the sentiment head was trained with
     * @param batchSize       texts per model call
     * @param threads         batches encoded at once
     * @param cacheSize       LRU cache of encodings in texts (0 = none)
     * @param parallelBatches a call's batches in parallel, one ONNX thread each (false: one batch on all threads)
     */
    public record Encoder(EncoderVariant variant, int maxTokens, int batchSize, int threads, int cacheSize,
                          boolean parallelBatches) {
        public Encoder {
            Objects.requireNonNull(variant, "variant");
            if (maxTokens != 0 && (maxTokens < 8 || maxTokens > 512)) {
                throw new IllegalArgumentException("nlp.encoder.max_tokens: expected 0 or 8 to 512, found " + maxTokens);
            }
        }

        public static Encoder defaults() {
            EncoderConfig d = EncoderConfig.defaults(Path.of("."));
            return new Encoder(d.variant(), 0, d.batchSize(), d.threads(), d.cacheSize(), d.parallelBatches());
        }

        /** The nlp module's encoder config; {@code headMaxTokens} applies when {@link #maxTokens} is 0. */
        public EncoderConfig toEncoderConfig(Path nativeDir, int headMaxTokens) {
            return EncoderConfig.defaults(nativeDir).withVariant(variant)
                    .withMaxTokens(maxTokens == 0 ? headMaxTokens : maxTokens).withBatchSize(batchSize)
                    .withThreads(threads).withCacheSize(cacheSize).withParallelBatches(parallelBatches);
        }
    }
}
