package io.marketpilot.core.store;

import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.Objects;

/** A customer entered ({@code entered = true}) or left a segment at {@code at}. */
public record MembershipChange(String segmentId, UserId userId, boolean entered, Instant at) {
    public MembershipChange {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }
}
