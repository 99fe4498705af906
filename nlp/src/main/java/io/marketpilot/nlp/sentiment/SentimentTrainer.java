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
        boolean dense = config.usesEmbeddings();
        int dim = dense ? data.embedding(train.get(0)).length : 0;
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
                int[] idx = x[n];
                float norm = idx.length == 0 ? 0 : (float) (1 / Math.sqrt(idx.length));
                double z = b;
                for (int h : idx) {
                    z += w[h] * ratio[h] * norm;
                }
                float[] e = dense ? data.embedding(train.get(n)) : null;
                for (int k = 0; k < dim; k++) {
                    z += v[k] * e[k] * scale;
                }
                double g = 1 / (1 + Math.exp(-z)) - (train.get(n).positive() ? 1 : 0);
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
            progress.accept((epoch + 1.0) / (config.epochs() + 1));
        }
        float[] sparse = new float[w.length];
        for (int h = 0; h < w.length; h++) {
            sparse[h] = w[h] * ratio[h];
        }
        float[] denseOut = new float[dim];
        for (int k = 0; k < dim; k++) {
            denseOut[k] = v[k] * scale;
        }
        String encoder = dense ? data.encoderName() : "none";
        SentimentModel uncalibrated = new SentimentModel(encoder, data.encoderMaxTokens(), ngrams, sparse, denseOut, b,
            1, 0, config.neutralBand(), provenance(data, Map.of()));
        double[] platt = PlattScaling.fit(uncalibrated, data);
        progress.accept(1.0);
        return new SentimentModel(encoder, data.encoderMaxTokens(), ngrams, sparse, denseOut, b, platt[0], platt[1],
            config.neutralBand(), provenance(data, Map.of("validation_accuracy", platt[2], "platt_a", platt[0],
                "platt_b", platt[1])));
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

    private Provenance provenance(SentimentData data, Map<String, Double> metrics) {
        Map<String, String> cfg = new LinkedHashMap<>(config.params());
        cfg.put("encoder", config.usesEmbeddings() ? data.encoderName() : "none");
        cfg.put("encoder_max_tokens", Integer.toString(data.encoderMaxTokens()));
        cfg.put("train_size", Integer.toString(data.train().size()));
        cfg.put("validation_size", Integer.toString(data.validation().size()));
        return new Provenance("sentiment-head", cfg, data.fingerprint(), config.seed(), codeVersion, trainedAt, metrics);
    }
}
