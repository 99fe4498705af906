package io.marketpilot.automation.guard;

import java.time.Instant;
import java.util.Objects;

/** What a guard says about a send: go ahead, try again at {@code until}, or never. */
public sealed interface GuardResult {
    Allowed ALLOWED = new Allowed();

    /** The send may go now. */
    record Allowed() implements GuardResult { }

    /** Not now: the send may be tried again at {@code until} (never dropped for this reason). */
    record Delayed(Instant until, String reason) implements GuardResult {
        public Delayed {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Never: the send must be dropped, and why. */
    record Blocked(String reason) implements GuardResult {
        public Blocked {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
