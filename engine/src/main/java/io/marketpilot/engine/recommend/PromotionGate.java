package io.marketpilot.engine.recommend;

import io.marketpilot.core.model.Provenance;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a candidate replaces the active model: its NDCG@10 on a fresh time split (measured at its own
 * training, on the newest 20% of events) must be at least the active model's recorded NDCG@10 × (1 − tolerance). A
 * model without a metric (too little data to split) does not replace a measured one; between two unmeasured models
 * the newer one wins.
 */
record PromotionGate(double tolerance) {
    static final String METRIC = "NDCG@10";

    /** The decision and its reason, in words for the training report. */
    record Decision(boolean promote, String reason) {}

    Decision decide(Provenance candidate, Optional<Provenance> active) {
        Double c = candidate.metrics().get(METRIC);
        if (active.isEmpty()) {
            return new Decision(true, "no active model yet");
        }
        Double a = active.get().metrics().get(METRIC);
        if (c == null && a == null) {
            return new Decision(true, "neither model has an offline " + METRIC
                + " (too little data for a time split); the newer data wins");
        }
        if (c == null) {
            return new Decision(false, "the candidate has no offline " + METRIC
                + " (too little data for a time split); the active model stays");
        }
        if (a == null) {
            return new Decision(true, String.format(Locale.ROOT, "%s %.4f; the active model had no metric", METRIC, c));
        }
        double floor = a * (1 - tolerance);
        if (c >= floor) {
            return new Decision(true, String.format(Locale.ROOT,
                "%s %.4f is not worse than the active model's %.4f beyond the %.0f%% tolerance", METRIC, c, a,
                tolerance * 100));
        }
        return new Decision(false, String.format(Locale.ROOT,
            "%s %.4f is below the active model's %.4f minus the %.0f%% tolerance (%.4f); kept as a candidate",
            METRIC, c, a, tolerance * 100, floor));
    }
}
