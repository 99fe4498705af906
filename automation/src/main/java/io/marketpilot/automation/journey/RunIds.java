package io.marketpilot.automation.journey;

import java.time.Instant;
import java.util.HexFormat;

/**
 * Run ids derived from what identifies an entry (journey, version, customer, instant), so that replaying the same
 * entry yields the same id and therefore the same idempotency keys. A second entry of the same customer at the same
 * instant would get the same id: the runtime refuses it (one entry per customer and instant).
 */
public final class RunIds {
    private RunIds() {}

    public static String of(JourneyId journey, int version, String customerKey, Instant enteredAt) {
        byte[] h = Splits.sha256(journey.value() + "\u0000" + version + "\u0000" + customerKey + "\u0000"
                + enteredAt.getEpochSecond() + "." + enteredAt.getNano());
        return HexFormat.of().formatHex(h, 0, 10);
    }

    /** The idempotency key of an action decided at {@code stepId} as the run's {@code sequence}-th step. */
    static String key(JourneyRun run, String stepId) {
        return run.journeyId().value() + ":" + run.version() + ":" + run.runId() + ":" + stepId + ":" + run.sequence();
    }
}
