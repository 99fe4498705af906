package io.marketpilot.automation.segment;

import java.time.Instant;

/** Time in epoch microseconds, the resolution of the event log's {@code ts} column. */
final class Times {
    private Times() {}

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
