package io.marketpilot.features.clv;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Fits Gamma-Gamma by maximum likelihood (Nelder-Mead on log-parameters) on customers with repeat purchases. */
public final class GammaGammaTrainer implements Trainer<List<PurchaseSummary>, GammaGammaModel> {
    private final Clock clock;
    private final String codeVersion;

    public GammaGammaTrainer(Clock clock, String codeVersion) {
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    @Override
    public GammaGammaModel train(List<PurchaseSummary> customers) {
        var repeat = customers.stream().filter(s -> s.x() > 0 && s.meanRepeatValue() > 0).toList();
        if (repeat.size() < BgNbdTrainer.MIN_CUSTOMERS) {
            throw new IllegalArgumentException("Gamma-Gamma needs at least " + BgNbdTrainer.MIN_CUSTOMERS
                    + " customers with a repeat purchase, got " + repeat.size());
        }
        int[] x = repeat.stream().mapToInt(PurchaseSummary::x).toArray();
        double[] m = repeat.stream().mapToDouble(PurchaseSummary::meanRepeatValue).toArray();
        double meanValue = java.util.Arrays.stream(m).average().orElse(1);
        java.util.function.ToDoubleFunction<double[]> negLl = p -> {
            if (!BgNbdTrainer.inBounds(p)) {
                return Double.NaN;
            }
            double ll = 0;
            for (int i = 0; i < x.length; i++) {
                ll += GammaGammaModel.logLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), x[i], m[i]);
            }
            return -ll;
        };
        var res = NelderMead.minimise(negLl, new double[] {0, 0, Math.log(meanValue)}, 0.5, 3000, 1e-10);
        res = NelderMead.minimise(negLl, res.point(), 0.1, 3000, 1e-12);
        double[] p = res.point();
        Provenance provenance = new Provenance("gamma-gamma", Map.of("optimiser", "nelder-mead(log-params)"),
                "customers=" + repeat.size(), 0, codeVersion, clock.instant(),
                Map.of("log_likelihood", -res.value(), "iterations", (double) res.iterations()));
        return new GammaGammaModel(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), -res.value(), repeat.size(), provenance);
    }
}
