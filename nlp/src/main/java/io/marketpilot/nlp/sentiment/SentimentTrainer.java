package io.marketpilot.nlp.sentiment;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

/**
 * Trains a {@link SentimentModel}: naive-Bayes log-count ratios weight the hashed n-grams (NB-SVM), a logistic
 * regression over them and the scaled embedding is fitted by AdaGrad SGD in seeded order, and Platt scaling is fitted
 * on the validation part. The same seed and data give the same model.
 */
public final class SentimentTrainer implements Trainer<SentimentData, SentimentModel> {
    private final SentimentConfig config;
    private final String codeVersion;
    private final Instant trainedAt;
    private final DoubleConsumer progress;

    public SentimentTrainer(SentimentConfig config, String codeVersion, Instant trainedAt, DoubleConsumer progress) {
        this.config = config;
        this.codeVersion = codeVersion;
        this.trainedAt = trainedAt;
        this.progress = progress;
    }

    @Override
    public SentimentModel train(SentimentData data) {
        List<LabelledText> train = data.train();
        if (train.isEmpty() || data.validation().isEmpty()) {
            throw new IllegalArgumentException("sentiment training needs non-empty training and validation parts");
        }
        CharNgrams ngrams = config.ngrams();
        int[][] x = new int[train.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = ngrams.of(train.get(i).text());
        }
        float[] ratio = nbRatios(x, train, ngrams.buckets());
        if (!config.usesEmbeddings()) {
            Head h = fit(data, x, ratio, true, false, f -> progress.accept(f * 0.95));
            SentimentModel raw = h.model(this, data, "none", 1, 0, Map.of());
            double[] platt = PlattScaling.fit(raw, data);
            progress.accept(1.0);
            return h.model(this, data, "none", platt[0], platt[1], Map.of("validation_accuracy", platt[2],
                "platt_a", platt[0], "platt_b", platt[1]));
        }
        // two heads, then a logistic blend of their scores fitted on the validation part (calibration included):
        // trained jointly, the n-grams memorise the training part and the embedding weights stay near zero
        Head words = fit(data, x, ratio, true, false, f -> progress.accept(f * 0.45));
        Head meaning = fit(data, x, ratio, false, true, f -> progress.accept(0.45 + f * 0.45));
        SentimentModel wordsModel = words.model(this, data, data.encoderName(), 1, 0, Map.of());
        SentimentModel meaningModel = meaning.model(this, data, data.encoderName(), 1, 0, Map.of());
        double[] blend = PlattScaling.blend(wordsModel, meaningModel, data);
        float[] sparse = new float[words.sparse().length];
        for (int h = 0; h < sparse.length; h++) {
            sparse[h] = (float) (blend[0] * words.sparse()[h]);
        }
        float[] dense = new float[meaning.dense().length];
        for (int k = 0; k < dense.length; k++) {
            dense[k] = (float) (blend[1] * meaning.dense()[k]);
        }
        Head combined = new Head(ngrams, sparse, dense, blend[0] * words.bias() + blend[1] * meaning.bias() + blend[2]);
        Map<String, Double> metrics = new LinkedHashMap<>(Map.of("validation_accuracy", blend[3],
            "blend_ngrams", blend[0], "blend_embedding", blend[1], "blend_bias", blend[2]));
        SentimentModel model = combined.model(this, data, data.encoderName(), 1, 0, metrics);
        if (config.english() != null) {
            model = withEnglishHead(model, data, metrics);
        }
        progress.accept(1.0);
        return model;
    }

    /**
     * Trains the English sub-head on the English sentences alone (ids {@code uci-*}), blended and calibrated on the
     * English validation sentences, and attaches it; the validation accuracies on English of the head alone and with
     * the sub-head go into the provenance.
     */
    private SentimentModel withEnglishHead(SentimentModel model, SentimentData data, Map<String, Double> metrics) {
        List<LabelledText> train = data.train().stream().filter(t -> t.id().startsWith("uci-")).toList();
        List<LabelledText> validation = data.validation().stream().filter(t -> t.id().startsWith("uci-")).toList();
        if (train.isEmpty() || validation.isEmpty()) {
            return model;
        }
        SentimentData english = new SentimentData(train, validation, data.embeddings(), data.encoderName(),
            data.encoderMaxTokens());
        SentimentModel sub = new SentimentTrainer(config.english(), codeVersion, trainedAt, f -> { }).train(english);
        metrics.put("english_validation_accuracy_main_head",
            SentimentReport.of(model, validation, data::embedding).overall().accuracy());
        metrics.put("english_validation_accuracy", sub.provenance().metrics().get("validation_accuracy"));
        return model.withEnglish(sub, provenance(data, metrics));
    }

    /** Learned weights before calibration. */
    private record Head(CharNgrams ngrams, float[] sparse, float[] dense, double bias) {
        SentimentModel model(SentimentTrainer t, SentimentData data, String encoder, double a, double b,
                             Map<String, Double> metrics) {
            return new SentimentModel(encoder, data.encoderMaxTokens(), ngrams, sparse, dense, bias, a, b,
                t.config.neutralBand(), t.provenance(data, metrics));
        }
    }

    /** One logistic regression by AdaGrad SGD over the n-gram block, the embedding block, or both. */
    private Head fit(SentimentData data, int[][] x, float[] ratio, boolean useNgrams, boolean useDense,
                     DoubleConsumer progress) {
        List<LabelledText> train = data.train();
        CharNgrams ngrams = config.ngrams();
        int[] none = new int[0];
        int dim = useDense ? data.embedding(train.get(0)).length : 0;
        float[] w = new float[ngrams.buckets()];
        float[] gw = new float[ngrams.buckets()];
        float[] v = new float[dim];
        float[] gv = new float[dim];
        double b = 0;
        double gb = 1e-8;
        float scale = (float) config.embeddingScale();
        double lr = config.learningRate();
        float l2 = (float) config.l2();
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(config.seed());
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int n : order) {
                int[] idx = useNgrams ? x[n] : none;
                float norm = idx.length == 0 ? 0 : (float) (1 / Math.sqrt(idx.length));
                double z = b;
                for (int h : idx) {
                    z += w[h] * ratio[h] * norm;
                }
                float[] e = useDense ? data.embedding(train.get(n)) : null;
                for (int k = 0; k < dim; k++) {
                    z += v[k] * e[k] * scale;
                }
                double g = (1 / (1 + Math.exp(-z)) - (train.get(n).positive() ? 1 : 0))
                    * (train.get(n).id().startsWith("uci-") ? config.englishWeight() : 1);
                for (int h : idx) {
                    float grad = (float) (g * ratio[h] * norm) + l2 * w[h];
                    gw[h] += grad * grad;
                    w[h] -= (float) (lr * grad / Math.sqrt(gw[h] + 1e-8));
                }
                for (int k = 0; k < dim; k++) {
                    float grad = (float) (g * e[k] * scale) + l2 * v[k];
                    gv[k] += grad * grad;
                    v[k] -= (float) (lr * grad / Math.sqrt(gv[k] + 1e-8));
                }
                gb += g * g;
                b -= lr * g / Math.sqrt(gb);
            }
            progress.accept((epoch + 1.0) / config.epochs());
        }
        float[] sparse = new float[w.length];
        if (useNgrams) {
            for (int h = 0; h < w.length; h++) {
                sparse[h] = w[h] * ratio[h];
            }
        }
        float[] dense = new float[dim];
        for (int k = 0; k < dim; k++) {
            dense[k] = v[k] * scale;
        }
        return new Head(ngrams, sparse, dense, b);
    }

    /** NB-SVM weights: log of the smoothed share of positive over negative texts containing each n-gram. */
    private float[] nbRatios(int[][] x, List<LabelledText> train, int buckets) {
        double a = config.nbAlpha();
        double[] pos = new double[buckets];
        double[] neg = new double[buckets];
        double posTotal = 0;
        double negTotal = 0;
        for (int i = 0; i < x.length; i++) {
            double[] into = train.get(i).positive() ? pos : neg;
            for (int h : x[i]) {
                into[h]++;
            }
            if (train.get(i).positive()) {
                posTotal += x[i].length;
            } else {
                negTotal += x[i].length;
            }
        }
        float[] r = new float[buckets];
        double pNorm = posTotal + a * buckets;
        double nNorm = negTotal + a * buckets;
        for (int h = 0; h < buckets; h++) {
            r[h] = (float) Math.log(((pos[h] + a) / pNorm) / ((neg[h] + a) / nNorm));
        }
        return r;
    }

    Provenance provenance(SentimentData data, Map<String, Double> metrics) {
        Map<String, String> cfg = new LinkedHashMap<>(config.params());
        cfg.put("encoder", config.usesEmbeddings() ? data.encoderName() : "none");
        cfg.put("encoder_max_tokens", Integer.toString(data.encoderMaxTokens()));
        cfg.put("train_size", Integer.toString(data.train().size()));
        cfg.put("validation_size", Integer.toString(data.validation().size()));
        return new Provenance("sentiment-head", cfg, data.fingerprint(), config.seed(), codeVersion, trainedAt, metrics);
    }
}
