package io.marketpilot.engine.journey;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a journey does: customers entered, where the active ones are, why the others left, who converted within the
 * attribution window, and the holdout against the treated customers (lift with a 95% interval, empty until both
 * groups have customers).
 */
public record JourneyReport(String id, long entered, long active, Map<String, Long> inStep,
                           Map<String, Long> exitedBy, long converted, Duration attributionWindow,
                           Groups holdout, Groups treated, Optional<Effect> effect) {
    public JourneyReport {
        inStep = Map.copyOf(inStep);
        exitedBy = Map.copyOf(exitedBy);
    }

    /** Customers of one group and how many converted. */
    public record Groups(long entered, long converted) {
        public double rate() {
            return entered == 0 ? 0 : (double) converted / entered;
        }
    }

    /**
     * Treated against holdout conversion (two-proportion z-test): absolute and relative lift, each with its 95%
     * interval, and the p-value of "no difference".
     */
    public record Effect(double absoluteLift, double absoluteLow, double absoluteHigh, double relativeLift,
                         double relativeLow, double relativeHigh, double pValue) {
    }
}
