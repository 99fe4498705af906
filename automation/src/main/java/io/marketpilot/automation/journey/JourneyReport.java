package io.marketpilot.automation.journey;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A journey's analytics: runs entered, active runs per current step, exits by reason, runs converted within the
 * attribution window, held-out vs treated runs and their conversion, and the same per split arm. The engine adds
 * the confidence interval of the lift (treated rate − holdout rate). Maps are sorted by key.
 */
public record JourneyReport(long entered, Map<String, Long> inStep, Map<String, Long> exitedByReason, long converted,
                            Group treated, Group holdout, Map<String, Group> arms) {
    public JourneyReport {
        inStep = Collections.unmodifiableMap(new TreeMap<>(inStep));
        exitedByReason = Collections.unmodifiableMap(new TreeMap<>(exitedByReason));
        arms = Collections.unmodifiableMap(new TreeMap<>(arms));
    }

    /** Runs of one group and how many of them converted. */
    public record Group(long entered, long converted) {
        /** The conversion rate; 0 for an empty group. */
        public double rate() {
            return entered == 0 ? 0 : converted / (double) entered;
        }
    }

    /** Treated minus holdout conversion rate (0 without a holdout). */
    public double lift() {
        return holdout.entered() == 0 ? 0 : treated.rate() - holdout.rate();
    }
}
