package io.marketpilot.features.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Customers grouped by identical (x, tx, T), with counts: the likelihood is a weighted sum over groups. */
final class SummaryGroups {
    private final int[] x;
    private final double[] tx;
    private final double[] age;
    private final double[] weight;
    private final int customers;

    private SummaryGroups(int[] x, double[] tx, double[] age, double[] weight, int customers) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.weight = weight;
        this.customers = customers;
    }

    static SummaryGroups of(List<PurchaseSummary> customers) {
        Map<PurchaseSummary, Integer> counts = new HashMap<>();
        for (PurchaseSummary s : customers) {
            counts.merge(new PurchaseSummary(s.x(), s.tx(), s.age(), 0), 1, Integer::sum);
        }
        var keys = counts.keySet().stream().sorted(java.util.Comparator.comparingInt(PurchaseSummary::x)
                .thenComparingDouble(PurchaseSummary::tx).thenComparingDouble(PurchaseSummary::age)).toList();
        int n = keys.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = keys.get(i).x();
            tx[i] = keys.get(i).tx();
            age[i] = keys.get(i).age();
            w[i] = counts.get(keys.get(i));
        }
        return new SummaryGroups(x, tx, age, w, customers.size());
    }

    /**
     * The weighted log-likelihood; groups are sorted by x, so the gamma and beta terms, which depend on x alone, are
     * computed once per distinct x (they dominate the cost).
     */
    double bgNbdLogLikelihood(double r, double alpha, double a, double b) {
        double ll = 0;
        double lnGammaR = SpecialFunctions.lnGamma(r);
        double lnBetaAB = SpecialFunctions.lnBeta(a, b);
        double logAlpha = Math.log(alpha);
        double logA = Math.log(a);
        int lastX = -1;
        double perX = 0;
        for (int i = 0; i < x.length; i++) {
            int xi = x[i];
            if (xi != lastX) {
                perX = SpecialFunctions.lnGamma(r + xi) - lnGammaR + r * logAlpha
                        + SpecialFunctions.lnBeta(a, b + xi) - lnBetaAB;
                lastX = xi;
            }
            double a3 = -(r + xi) * Math.log(alpha + age[i]);
            double term;
            if (xi == 0) {
                term = perX + a3;
            } else {
                double a4 = logA - Math.log(b + xi - 1) - (r + xi) * Math.log(alpha + tx[i]);
                double hi = Math.max(a3, a4);
                term = perX + hi + Math.log(Math.exp(a3 - hi) + Math.exp(a4 - hi));
            }
            ll += weight[i] * term;
        }
        return ll;
    }

    /** A stable fingerprint of the data (group count, customers, totals) for provenance. */
    String fingerprint() {
        double sx = 0;
        double st = 0;
        for (int i = 0; i < x.length; i++) {
            sx += weight[i] * x[i];
            st += weight[i] * age[i];
        }
        return "customers=%d groups=%d sum_x=%.0f sum_T=%.1f".formatted(customers, x.length, sx, st);
    }
}
