package io.marketpilot.nlp.sentiment;

import java.util.List;

/** Fits {@code p = sigmoid(a * logit + b)} to the validation part by Newton's method (Platt 1999, with its targets). */
final class PlattScaling {
    private PlattScaling() {}

    /** {a, b, validation accuracy at 0.5}. */
    static double[] fit(SentimentModel model, SentimentData data) {
        List<LabelledText> val = data.validation();
        double[] z = new double[val.size()];
        double[] y = new double[val.size()];
        int positives = 0;
        for (LabelledText t : val) {
            positives += t.positive() ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (val.size() - positives + 2.0);
        int correct = 0;
        for (int i = 0; i < z.length; i++) {
            LabelledText t = val.get(i);
            z[i] = model.rawLogit(t.text(), model.usesEmbeddings() ? data.embedding(t) : null);
            y[i] = t.positive() ? hi : lo;
            correct += (z[i] >= 0) == t.positive() ? 1 : 0;
        }
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 50; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < z.length; i++) {
                double p = 1 / (1 + Math.exp(-(a * z[i] + b)));
                double d = p - y[i];
                double s = p * (1 - p);
                ga += d * z[i];
                gb += d;
                haa += s * z[i] * z[i];
                hab += s * z[i];
                hbb += s;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b, correct / (double) z.length};
    }
}
