package io.marketpilot.nlp.intent;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the intent head by mini-batch SGD on the cross-entropy of a softmax regression, written here (no ML
 * library). The same data, config and seed give the same model. Held-out examples, if any, are only scored: their
 * accuracy goes into the provenance.
 */
public final class IntentTrainer implements Trainer<IntentTrainer.Data, IntentModel> {
    private final IntentTrainerConfig config;
    private final long seed;
    private final Clock clock;
    private final String codeVersion;

    public IntentTrainer(IntentTrainerConfig config, long seed, Clock clock, String codeVersion) {
        this.config = config;
        this.seed = seed;
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    /** Featurised examples to train on and to hold out, the encoder they came from, and a fingerprint of the texts. */
    public record Data(List<Example> train, List<Example> heldOut, String encoderName, int dimension, String fingerprint) {}

    /** One featurised, labelled example. */
    public record Example(IntentFeatures features, Intent intent, String language) {}

    @Override
    public IntentModel train(Data data) {
        int k = Intent.values().length;
        int dim = data.dimension();
        float[][] dense = new float[k][dim];
        float[][] sparse = new float[k][config.buckets()];
        float[] bias = new float[k];
        float ew = config.embeddingWeight();
        float nw = config.ngramWeight();
        List<Example> order = new ArrayList<>(data.train());
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double lr = config.learningRate() / Math.sqrt(epoch);
            for (int start = 0; start < order.size(); start += config.batch()) {
                List<Example> batch = order.subList(start, Math.min(order.size(), start + config.batch()));
                double step = lr / batch.size();
                shrink(dense, sparse, 1 - lr * config.l2());
                for (Example ex : batch) {
                    double[] p = IntentModel.probabilities(dense, sparse, bias, ex.features(), ew, nw);
                    for (int c = 0; c < k; c++) {
                        double g = (c == ex.intent().ordinal() ? 1 : 0) - p[c];
                        float gs = (float) (g * step);
                        float[] e = ex.features().embedding();
                        for (int d = 0; d < dim; d++) {
                            dense[c][d] += gs * e[d] * ew;
                        }
                        int[] idx = ex.features().ngrams().index();
                        float[] val = ex.features().ngrams().value();
                        for (int j = 0; j < idx.length; j++) {
                            sparse[c][idx[j]] += gs * val[j] * nw;
                        }
                        bias[c] += gs;
                    }
                }
            }
        }
        IntentModel unstamped = new IntentModel(null, data.encoderName(), dim, config.buckets(), ew, nw, dense, sparse, bias);
        Map<String, Double> metrics = new HashMap<>();
        metrics.put("train_accuracy", accuracy(unstamped, data.train()));
        if (!data.heldOut().isEmpty()) {
            metrics.put("heldout_accuracy", accuracy(unstamped, data.heldOut()));
            for (String lang : List.of("zh", "en")) {
                List<Example> part = data.heldOut().stream().filter(e -> e.language().equals(lang)).toList();
                if (!part.isEmpty()) {
                    metrics.put("heldout_accuracy_" + lang, accuracy(unstamped, part));
                }
            }
        }
        Map<String, String> cfg = new HashMap<>(config.asMap());
        cfg.put("encoder", data.encoderName());
        cfg.put("train_examples", "" + data.train().size());
        cfg.put("heldout_examples", "" + data.heldOut().size());
        Provenance provenance = new Provenance("intent-softmax", cfg, data.fingerprint(), seed, codeVersion,
                clock.instant(), metrics);
        return new IntentModel(provenance, data.encoderName(), dim, config.buckets(), ew, nw, dense, sparse, bias);
    }

    /** The share of {@code examples} whose most likely intent is their label. */
    public static double accuracy(IntentModel model, List<Example> examples) {
        if (examples.isEmpty()) {
            return Double.NaN;
        }
        long right = examples.stream().filter(e -> model.predict(e.features()).intent() == e.intent()).count();
        return (double) right / examples.size();
    }

    private static void shrink(float[][] dense, float[][] sparse, double factor) {
        if (factor >= 1) {
            return;
        }
        float f = (float) factor;
        for (float[] row : dense) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= f;
            }
        }
        for (float[] row : sparse) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= f;
            }
        }
    }
}
