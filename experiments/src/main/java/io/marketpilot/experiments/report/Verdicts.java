package io.marketpilot.experiments.report;

import io.marketpilot.experiments.stats.BayesianResult;
import io.marketpilot.experiments.stats.Lift;
import io.marketpilot.experiments.stats.SrmCheck;
import java.util.List;
import java.util.Locale;

/** The plain-language sentences of a report. */
final class Verdicts {
    private Verdicts() {
    }

    static String metric(MetricSpec spec, String variant, Lift lift, Decision decision, double p,
            BayesianResult bayes, SrmCheck.Result srm) {
        if (decision == Decision.UNTRUSTWORTHY) {
            return "Not trustworthy: " + srmSentence(srm);
        }
        String effect = String.format(Locale.ROOT, "%s vs control %s (95%% interval %s to %s), %s p = %s",
                variant, percent(lift.relative()), percent(lift.relativeInterval().lower()),
                percent(lift.relativeInterval().upper()), lift.method(), number(p));
        String chance = Double.isNaN(bayes.probabilityToBeatControl()) ? ""
                : String.format(Locale.ROOT, "; chance %s beats control: %.1f%%", variant,
                        100 * bayes.probabilityToBeatControl());
        String what = spec.guardrail() ? "guardrail " + spec.name() : spec.name();
        return switch (decision) {
            case BETTER -> variant + " is better than control on " + what + ": " + effect + chance + ".";
            case WORSE -> variant + " is worse than control on " + what + ": " + effect + chance + ".";
            default -> "No significant difference on " + what + " yet: " + effect + chance + ".";
        };
    }

    static String winner(List<MetricSpec> metrics, List<String> variants, List<MetricResult> results,
            SrmCheck.Result srm) {
        String primary = primary(metrics);
        if (srm.mismatch() || primary == null) {
            return null;
        }
        String best = null;
        double bestLift = 0;
        for (MetricResult r : results) {
            if (r.metric().equals(primary) && r.decision() == Decision.BETTER && !hurtsGuardrail(results, r.variant())
                    && (best == null || Math.abs(r.fixedHorizon().relative()) > bestLift)) {
                best = r.variant();
                bestLift = Math.abs(r.fixedHorizon().relative());
            }
        }
        return best;
    }

    static String overall(List<MetricSpec> metrics, List<String> variants, List<MetricResult> results,
            SrmCheck.Result srm, String winner) {
        if (srm.mismatch()) {
            return "Do not use these results: " + srmSentence(srm);
        }
        String primary = primary(metrics);
        if (winner != null) {
            return winner + " wins on the primary metric " + primary + " with no guardrail hurt.";
        }
        boolean controlBeatsAll = results.stream().filter(r -> r.metric().equals(primary))
                .allMatch(r -> r.decision() == Decision.WORSE);
        if (controlBeatsAll && primary != null) {
            return "Keep control: every variant is worse on the primary metric " + primary + ".";
        }
        boolean blocked = results.stream().anyMatch(r -> r.metric().equals(primary) && r.decision() == Decision.BETTER);
        if (blocked) {
            return "No winner: the variant better on " + primary + " hurts a guardrail.";
        }
        return "No winner yet: no variant differs significantly from control on the primary metric " + primary + ".";
    }

    private static boolean hurtsGuardrail(List<MetricResult> results, String variant) {
        return results.stream().anyMatch(r -> r.guardrail() && r.variant().equals(variant) && r.decision() == Decision.WORSE);
    }

    private static String primary(List<MetricSpec> metrics) {
        return metrics.stream().filter(m -> !m.guardrail()).map(MetricSpec::name).findFirst().orElse(null);
    }

    private static String srmSentence(SrmCheck.Result srm) {
        return String.format(Locale.ROOT, "sample ratio mismatch (chi-square p = %s < %s); check assignment and exposure"
                + " logging before reading any result", number(srm.pValue()), number(srm.threshold()));
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", 100 * fraction);
    }

    private static String number(double p) {
        return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
