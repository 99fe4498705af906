package io.marketpilot.nlp.encoder;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the encoder runs.
 *
 * @param variant    int8 (default) or fp32
 * @param maxTokens  texts are truncated to this many tokens (BGE's limit is 512; reviews rarely need more than 256)
 * @param batchSize  texts per model call; texts are sorted by length first so a batch pads little
 * @param threads    threads per call: batches run on this many threads at once, one ONNX thread each (or, without
 *                   parallel batches, one batch at a time on this many ONNX intra-op threads)
 * @param cacheSize  LRU cache of encodings, in texts (0 disables it)
 * @param nativeDir  where the tokenizer's native library is extracted (DJL cache); never the home folder
 * @param parallelBatches true (default): a call's batches run in parallel, each on one ONNX thread, which saves the
 *                   per-operator hand-offs between threads (7-13% more reviews per CPU second, docs/benchmarks.md
 *                   §13); false: the former layout, kept for comparison
 */
public record EncoderConfig(EncoderVariant variant, int maxTokens, int batchSize, int threads, int cacheSize,
                            Path nativeDir, boolean parallelBatches) {
    public EncoderConfig {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(nativeDir, "nativeDir");
        if (maxTokens < 8 || maxTokens > 512) {
            throw new IllegalArgumentException("encoder max_tokens must be in [8, 512], was " + maxTokens);
        }
        if (batchSize < 1 || threads < 1 || cacheSize < 0) {
            throw new IllegalArgumentException("encoder batch_size and threads must be >= 1 and cache_size >= 0, were "
                + batchSize + ", " + threads + ", " + cacheSize);
        }
    }

    /** int8, 256 tokens, batches of 32 in parallel on 2 threads, 10,000 cached texts, natives under {@code nativeDir}. */
    public static EncoderConfig defaults(Path nativeDir) {
        return new EncoderConfig(EncoderVariant.INT8, 256, 32, 2, 10_000, nativeDir, true);
    }

    public EncoderConfig withVariant(EncoderVariant v) {
        return new EncoderConfig(v, maxTokens, batchSize, threads, cacheSize, nativeDir, parallelBatches);
    }

    public EncoderConfig withMaxTokens(int n) {
        return new EncoderConfig(variant, n, batchSize, threads, cacheSize, nativeDir, parallelBatches);
    }

    public EncoderConfig withThreads(int n) {
        return new EncoderConfig(variant, maxTokens, batchSize, n, cacheSize, nativeDir, parallelBatches);
    }

    public EncoderConfig withCacheSize(int n) {
        return new EncoderConfig(variant, maxTokens, batchSize, threads, n, nativeDir, parallelBatches);
    }

    public EncoderConfig withParallelBatches(boolean on) {
        return new EncoderConfig(variant, maxTokens, batchSize, threads, cacheSize, nativeDir, on);
    }

    public EncoderConfig withBatchSize(int n) {
        return new EncoderConfig(variant, maxTokens, n, threads, cacheSize, nativeDir, parallelBatches);
    }
}
