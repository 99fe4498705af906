package io.marketpilot.nlp.intent;

import io.marketpilot.core.model.Model;
import io.marketpilot.core.model.Provenance;
import java.util.EnumMap;
import java.util.Map;

/**
 * A trained intent head: softmax regression over [embedding × {@code embeddingWeight}, n-grams ×
 * {@code ngramWeight}]. Immutable and thread-safe; {@code encoderName} records which encoder's embeddings it was
 * trained on (another encoder's vectors would be meaningless to it).
 */
public final class IntentModel implements Model {
    private final Provenance provenance;
    private final String encoderName;
    private final int dimension;
    private final int buckets;
    private final float embeddingWeight;
    private final float ngramWeight;
    private final float[][] dense;   // [class][dimension]
    private final float[][] sparse;  // [class][bucket]
    private final float[] bias;

    IntentModel(Provenance provenance, String encoderName, int dimension, int buckets, float embeddingWeight,
                float ngramWeight, float[][] dense, float[][] sparse, float[] bias) {
        this.provenance = provenance;
        this.encoderName = encoderName;
        this.dimension = dimension;
        this.buckets = buckets;
        this.embeddingWeight = embeddingWeight;
        this.ngramWeight = ngramWeight;
        this.dense = dense;
        this.sparse = sparse;
        this.bias = bias;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    public String encoderName() {
        return encoderName;
    }

    public int dimension() {
        return dimension;
    }

    int buckets() {
        return buckets;
    }

    float embeddingWeight() {
        return embeddingWeight;
    }

    float ngramWeight() {
        return ngramWeight;
    }

    float[][] dense() {
        return dense;
    }

    float[][] sparse() {
        return sparse;
    }

    float[] bias() {
        return bias;
    }

    IntentPrediction predict(IntentFeatures f) {
        double[] p = probabilities(dense, sparse, bias, f, embeddingWeight, ngramWeight);
        Intent[] intents = Intent.values();
        Map<Intent, Double> all = new EnumMap<>(Intent.class);
        int best = 0;
        for (int c = 0; c < p.length; c++) {
            all.put(intents[c], p[c]);
            best = p[c] > p[best] ? c : best;
        }
        return new IntentPrediction(intents[best], p[best], all);
    }

    /** Softmax over the class scores; shared with the trainer so training and serving score alike. */
    static double[] probabilities(float[][] dense, float[][] sparse, float[] bias, IntentFeatures f,
                                  float embeddingWeight, float ngramWeight) {
        int k = bias.length;
        double[] z = new double[k];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double s = bias[c];
            float[] w = dense[c];
            float[] e = f.embedding();
            for (int d = 0; d < e.length; d++) {
                s += w[d] * e[d] * embeddingWeight;
            }
            int[] idx = f.ngrams().index();
            float[] val = f.ngrams().value();
            for (int j = 0; j < idx.length; j++) {
                s += sparse[c][idx[j]] * val[j] * ngramWeight;
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < k; c++) {
            z[c] /= sum;
        }
        return z;
    }
}
