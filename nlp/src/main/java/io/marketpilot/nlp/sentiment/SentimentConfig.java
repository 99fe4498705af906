package io.marketpilot.nlp.sentiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Training configuration of the sentiment head: a logistic regression on NB-weighted hashed n-grams plus (optionally)
 * the encoder's embedding, trained by AdaGrad SGD.
 *
 * @param seed           shuffling seed
 * @param epochs         passes over the training part
 * @param learningRate   AdaGrad base step
 * @param l2             L2 penalty per example step
 * @param embeddingScale multiplier on the unit-length embedding block (0 = n-grams only: the baseline)
 * @param nbAlpha        smoothing of the naive-Bayes log-count ratios that weight the n-grams (NB-SVM)
 * @param ngrams         hashing of the n-grams
 * @param neutralBand    calibrated probabilities within {@code 0.5 ± neutralBand} are reported neutral
 * @param englishWeight  gradient weight of the English sentences (ids {@code uci-*}); they are 3% of the pool, so
 *                       without it the head would hardly learn English
 * @param english        when not null, an English sub-head is trained with this configuration on the English
 *                       sentences alone (blended and calibrated on their validation part) and answers Latin-script
 *                       texts; null: the one head answers every language
 */
public record SentimentConfig(long seed, int epochs, double learningRate, double l2, double embeddingScale,
                              double nbAlpha, CharNgrams ngrams, double neutralBand, double englishWeight,
                              SentimentConfig english) {
    public SentimentConfig {
        if (epochs < 1 || !(learningRate > 0) || l2 < 0 || embeddingScale < 0 || !(nbAlpha > 0)) {
            throw new IllegalArgumentException("sentiment config: epochs >= 1, learning_rate > 0, l2 >= 0, "
                + "embedding_scale >= 0, nb_alpha > 0 expected; was " + params());
        }
        if (!(englishWeight > 0)) {
            throw new IllegalArgumentException("sentiment english_weight must be > 0, was " + englishWeight);
        }
        if (neutralBand < 0 || neutralBand >= 0.5) {
            throw new IllegalArgumentException("sentiment neutral_band must be in [0, 0.5), was " + neutralBand);
        }
    }

    /** The configuration of the shipped head (chosen on the validation split, see SentimentTuning). */
    public static SentimentConfig defaults() {
        return new SentimentConfig(SentimentSplit.SEED, 6, 0.2, 1e-6, 2.0, 1.0, CharNgrams.defaults(), 0.1, 1.0,
            englishDefaults());
    }

    /** The English sub-head's configuration (chosen on the English validation sentences, SentimentEnglishTuning). */
    static SentimentConfig englishDefaults() {
        return new SentimentConfig(SentimentSplit.SEED, ENGLISH_EPOCHS, 0.2, 1e-6, ENGLISH_SCALE, 1.0,
            new CharNgrams(1 << 16, 2000), 0.1, 1.0, null);
    }

    static final int ENGLISH_EPOCHS = 12;
    static final double ENGLISH_SCALE = 2.0;

    /** This configuration with (or, given null, without) an English sub-head. */
    public SentimentConfig withEnglish(SentimentConfig e) {
        return new SentimentConfig(seed, epochs, learningRate, l2, embeddingScale, nbAlpha, ngrams, neutralBand,
            englishWeight, e);
    }

    /** The same configuration without the embedding: the character n-gram NB-SVM / logistic baseline. */
    public SentimentConfig baseline() {
        return withEmbeddingScale(0).withEnglish(null);
    }

    public boolean usesEmbeddings() {
        return embeddingScale > 0;
    }

    public SentimentConfig withEmbeddingScale(double s) {
        return new SentimentConfig(seed, epochs, learningRate, l2, s, nbAlpha, ngrams, neutralBand, englishWeight, english);
    }

    public SentimentConfig withL2(double v) {
        return new SentimentConfig(seed, epochs, learningRate, v, embeddingScale, nbAlpha, ngrams, neutralBand, englishWeight, english);
    }

    public SentimentConfig withEpochs(int n) {
        return new SentimentConfig(seed, n, learningRate, l2, embeddingScale, nbAlpha, ngrams, neutralBand, englishWeight, english);
    }

    public SentimentConfig withLearningRate(double v) {
        return new SentimentConfig(seed, epochs, v, l2, embeddingScale, nbAlpha, ngrams, neutralBand, englishWeight, english);
    }

    public SentimentConfig withNgrams(CharNgrams g) {
        return new SentimentConfig(seed, epochs, learningRate, l2, embeddingScale, nbAlpha, g, neutralBand, englishWeight, english);
    }

    public SentimentConfig withEnglishWeight(double w) {
        return new SentimentConfig(seed, epochs, learningRate, l2, embeddingScale, nbAlpha, ngrams, neutralBand, w, english);
    }

    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("seed", Long.toString(seed));
        p.put("epochs", Integer.toString(epochs));
        p.put("learning_rate", Double.toString(learningRate));
        p.put("l2", Double.toString(l2));
        p.put("embedding_scale", Double.toString(embeddingScale));
        p.put("nb_alpha", Double.toString(nbAlpha));
        p.put("ngram_buckets", Integer.toString(ngrams == null ? 0 : ngrams.buckets()));
        p.put("ngram_max_chars", Integer.toString(ngrams == null ? 0 : ngrams.maxChars()));
        p.put("neutral_band", Double.toString(neutralBand));
        p.put("english_weight", Double.toString(englishWeight));
        if (english != null) {
            english.params().forEach((k, v) -> p.put("english_head." + k, v));
        }
        return p;
    }
}
