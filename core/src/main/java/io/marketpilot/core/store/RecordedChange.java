package io.marketpilot.core.store;

import java.util.Objects;

/** A membership change and its position in the segment history (1, 2, 3 … in the order recorded, never reused). */
public record RecordedChange(long position, MembershipChange change) {
    public RecordedChange {
        Objects.requireNonNull(change, "change");
    }
}
