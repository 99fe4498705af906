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

    /**
     * Logistic regression of the label on the two heads' scores over the validation part (Newton, Platt targets):
     * {weight of the first, weight of the second, bias, validation accuracy of the blend}.
     */
    static double[] blend(SentimentModel first, SentimentModel second, SentimentData data) {
        List<LabelledText> val = data.validation();
        int n = val.size();
        double[][] f = new double[n][3];
        double[] y = new double[n];
        int positives = 0;
        for (LabelledText t : val) {
            positives += t.positive() ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        for (int i = 0; i < n; i++) {
            LabelledText t = val.get(i);
            f[i][0] = first.rawLogit(t.text(), first.usesEmbeddings() ? data.embedding(t) : null);
            f[i][1] = second.rawLogit(t.text(), second.usesEmbeddings() ? data.embedding(t) : null);
            f[i][2] = 1;
            y[i] = t.positive() ? hi : lo;
        }
        double[] w = {1, 1, 0};
        for (int iter = 0; iter < 100; iter++) {
            double[] g = new double[3];
            double[][] h = new double[3][3];
            for (int i = 0; i < n; i++) {
                double z = w[0] * f[i][0] + w[1] * f[i][1] + w[2];
                double p = 1 / (1 + Math.exp(-z));
                double s = Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a < 3; a++) {
                    g[a] += (p - y[i]) * f[i][a];
                    for (int b = 0; b < 3; b++) {
                        h[a][b] += s * f[i][a] * f[i][b];
                    }
                }
            }
            for (int a = 0; a < 3; a++) {
                h[a][a] += 1e-6;
            }
            double[] step = solve(h, g);
            double moved = 0;
            for (int a = 0; a < 3; a++) {
                w[a] -= step[a];
                moved += Math.abs(step[a]);
            }
            if (moved < 1e-9) {
                break;
            }
        }
        int correct = 0;
        for (int i = 0; i < n; i++) {
            correct += (w[0] * f[i][0] + w[1] * f[i][1] + w[2] >= 0) == val.get(i).positive() ? 1 : 0;
        }
        return new double[] {w[0], w[1], w[2], correct / (double) n};
    }

    /** Gaussian elimination of a small symmetric positive-definite system. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double k = m[r][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[r][j] -= k * m[c][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= m[r][j] * x[j];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
