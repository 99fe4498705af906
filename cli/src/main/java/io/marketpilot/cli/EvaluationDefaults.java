package io.marketpilot.cli;

import java.util.List;

/** What {@code evaluate} does when not told: which models, which event types per dataset format. */
final class EvaluationDefaults {
    private EvaluationDefaults() {}

    /** Every trainable model except the baselines (which always run). */
    static List<String> models() {
        return List.of("item-knn", "user-knn", "ease", "ials", "bpr", "association-rules", "session-knn", "content",
                "hybrid");
    }

    /**
     * Event types kept per format: purchases for the retail datasets (refunds are not interest), everything for
     * MovieLens (every rating is an interaction) and for canonical files (EVALUATION.md: default all).
     */
    static List<String> types(String format) {
        return switch (format) {
            case "uci-online-retail", "instacart" -> List.of("purchase");
            default -> List.of();
        };
    }

    /** UCI Online Retail's anonymous rows (no CustomerID) are not users in its canonical conversion. */
    static boolean knownUsersOnly(String format) {
        return format.equals("uci-online-retail");
    }
}
