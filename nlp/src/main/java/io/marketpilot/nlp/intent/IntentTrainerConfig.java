package io.marketpilot.nlp.intent;

import io.marketpilot.nlp.encoder.EncoderVariant;
import java.util.Map;

/**
 * How to train the intent head: epochs of mini-batch SGD ({@code batch} examples, learning rate decaying as
 * 1/√epoch), L2 penalty, n-gram buckets and the weights of the two feature groups.
 */
public record IntentTrainerConfig(int epochs, int batch, double learningRate, double l2, int buckets,
                                  float embeddingWeight, float ngramWeight) {
    public static final IntentTrainerConfig DEFAULT = new IntentTrainerConfig(60, 16, 0.5, 1e-5, 4096, 3f, 4f);
    /** For fp32 embeddings: weights ×5 / ×5, the best 5-fold CV score on the train split (docs/benchmarks.md §20). */
    public static final IntentTrainerConfig FP32 = new IntentTrainerConfig(60, 16, 0.5, 1e-5, 4096, 5f, 5f);

    /** The config the head shipped for {@code variant} was trained with. */
    public static IntentTrainerConfig shipped(EncoderVariant variant) {
        return variant == EncoderVariant.FP32 ? FP32 : DEFAULT;
    }

    public IntentTrainerConfig {
        if (epochs < 1 || batch < 1 || learningRate <= 0 || l2 < 0 || buckets < 16) {
            throw new IllegalArgumentException("invalid intent trainer config " + this);
        }
    }

    Map<String, String> asMap() {
        return Map.of("epochs", "" + epochs, "batch", "" + batch, "learning_rate", "" + learningRate, "l2", "" + l2,
                "buckets", "" + buckets, "embedding_weight", "" + embeddingWeight, "ngram_weight", "" + ngramWeight);
    }
}
