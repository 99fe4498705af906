package io.marketpilot.nlp.sentiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binary classification counts with accuracy and macro-F1 (mean of the positive and the negative class's F1).
 * Mutable while counting ({@link #add}); read once done.
 */
public final class BinaryMetrics {
    private long tp;
    private long tn;
    private long fp;
    private long fn;

    public void add(boolean actualPositive, boolean predictedPositive) {
        if (actualPositive) {
            if (predictedPositive) {
                tp++;
            } else {
                fn++;
            }
        } else if (predictedPositive) {
            fp++;
        } else {
            tn++;
        }
    }

    public long count() {
        return tp + tn + fp + fn;
    }

    public double accuracy() {
        return count() == 0 ? Double.NaN : (tp + tn) / (double) count();
    }

    public double macroF1() {
        return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
    }

    private static double f1(long hit, long falseAlarm, long miss) {
        return hit == 0 ? 0 : 2.0 * hit / (2.0 * hit + falseAlarm + miss);
    }

    /** {@code actual_positive: {predicted_positive, predicted_negative}, actual_negative: {...}}. */
    public Map<String, Map<String, Long>> confusion() {
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        m.put("actual_positive", Map.of("predicted_positive", tp, "predicted_negative", fn));
        m.put("actual_negative", Map.of("predicted_positive", fp, "predicted_negative", tn));
        return m;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "n=%d accuracy=%.4f macroF1=%.4f", count(), accuracy(), macroF1());
    }
}
