package io.marketpilot.features.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The current consent for one scope: its status, when it was stated, and — kept for audits — when it was last granted
 * and last revoked (null when never).
 */
public record ConsentState(ConsentScope scope, ConsentStatus status, Instant statedAt, Instant grantedAt,
                           Instant revokedAt) {
    public ConsentState {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statedAt, "statedAt");
    }

    static ConsentState of(ConsentScope scope, ConsentStatus status, Instant at) {
        return new ConsentState(scope, status, at, status == ConsentStatus.GRANTED ? at : null,
                status == ConsentStatus.REVOKED ? at : null);
    }

    /** Commutative and associative: the later statement wins, on a tie the stricter; audit times take the latest. */
    ConsentState combine(ConsentState other) {
        int byTime = statedAt.compareTo(other.statedAt);
        ConsentState winner = byTime > 0 ? this : byTime < 0 ? other
                : status.strictness() >= other.status.strictness() ? this : other;
        return new ConsentState(scope, winner.status, winner.statedAt, later(grantedAt, other.grantedAt),
                later(revokedAt, other.revokedAt));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
