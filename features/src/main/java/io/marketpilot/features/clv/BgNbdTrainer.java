package io.marketpilot.features.clv;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.Trainer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fits BG/NBD by maximum likelihood: Nelder-Mead on the log-parameters (so they stay positive), customers with the
 * same (x, tx, T) grouped so a million customers cost a few thousand likelihood terms. Deterministic (no seed needed:
 * the start point and simplex are fixed). Needs at least {@value #MIN_CUSTOMERS} customers.
 */
public final class BgNbdTrainer implements Trainer<List<PurchaseSummary>, BgNbdModel> {
    public static final int MIN_CUSTOMERS = 20;
    /** Log-parameters stay within ±BOUND: beyond, the likelihood is flat and the optimiser would wander. */
    static final double BOUND = 12;
    private final Clock clock;
    private final String codeVersion;

    public BgNbdTrainer(Clock clock, String codeVersion) {
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    static boolean inBounds(double[] logParams) {
        for (double v : logParams) {
            if (Math.abs(v) > BOUND) {
                return false;
            }
        }
        return true;
    }

    @Override
    public BgNbdModel train(List<PurchaseSummary> customers) {
        if (customers.size() < MIN_CUSTOMERS) {
            throw new IllegalArgumentException("BG/NBD needs at least " + MIN_CUSTOMERS + " customers with a purchase, got "
                    + customers.size());
        }
        SummaryGroups g = SummaryGroups.of(customers);
        NelderMead.Result best = null;
        String notes = "";
        // two starts guard against a flat valley: lifetimes' (1,1,1,1) and a scale from the data
        double meanAge = customers.stream().mapToDouble(PurchaseSummary::age).average().orElse(1);
        java.util.function.ToDoubleFunction<double[]> negLl = p -> inBounds(p)
                ? -g.bgNbdLogLikelihood(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])) : Double.NaN;
        for (double[] start : List.of(new double[] {0, 0, 0, 0}, new double[] {0, Math.log(Math.max(1, meanAge / 10)), 0, 0})) {
            var res = NelderMead.minimise(negLl, start, 0.5, 1500, 1e-10);
            res = NelderMead.minimise(negLl, res.point(), 0.1, 1500, 1e-11);
            if (best == null || res.value() < best.value()) {
                best = res;
            }
        }
        double[] p = best.point();
        if (Arrays.stream(p).anyMatch(v -> Math.abs(v) > BOUND - 0.5)) {
            // a parameter ran to its bound: the data carry (almost) no dropout or no rate information; still usable
            notes = "a parameter reached its bound (e^" + BOUND + "); the data may show almost no dropout";
        }
        Provenance provenance = new Provenance("bg-nbd", Map.of("optimiser", "nelder-mead(log-params)", "notes", notes),
                g.fingerprint(), 0, codeVersion, clock.instant(),
                Map.of("log_likelihood", -best.value(), "iterations", (double) best.iterations()));
        return new BgNbdModel(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]), -best.value(),
                customers.size(), provenance);
    }
}
