package io.marketpilot.automation.segment;

import java.time.Instant;
import java.util.List;

/** The right-hand side of a fact comparison. */
public sealed interface Operand {
    /** No operand ({@code exists}). */
    record None() implements Operand {}

    record Text(String value) implements Operand {}

    record Number(double value) implements Operand {}

    record Flag(boolean value) implements Operand {
        String text() {
            return Boolean.toString(value);
        }
    }

    /** A point in time: absolute ({@code "2025-01-31"}) or relative to now ({@code {"ago": "30d"}}). */
    record When(Instant absolute, Window ago) implements Operand {
        /** The instant in epoch microseconds at {@code nowMicros}. */
        long micros(long nowMicros) {
            return absolute != null ? Times.micros(absolute) : nowMicros - ago.micros();
        }
    }

    /** The candidates of {@code in}: text, numbers or flags. */
    record Values(List<Operand> values) implements Operand {
        public Values {
            values = List.copyOf(values);
        }
    }

    /** The inclusive bounds of {@code between}: both numbers or both points in time. */
    record Range(Operand low, Operand high) implements Operand {}
}
