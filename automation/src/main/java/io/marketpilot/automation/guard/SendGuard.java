package io.marketpilot.automation.guard;

import java.time.Instant;

/**
 * One rule every send passes. {@link #check} must not change state; {@link #record} is called once the whole
 * chain allowed the send, so a guard that counts (frequency, rate) counts only sends that happen.
 */
public interface SendGuard {
    /** A short name for reports, e.g. {@code consent}. */
    String name();

    GuardResult check(SendAttempt attempt, Instant now);

    /** The send was admitted at {@code now}. */
    default void record(SendAttempt attempt, Instant now) { }
}
