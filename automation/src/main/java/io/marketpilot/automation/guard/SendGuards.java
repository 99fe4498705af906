package io.marketpilot.automation.guard;

import java.time.Instant;
import java.util.List;

/**
 * The chain every send passes, in order (consent, frequency, quiet hours, rate limit): the first guard that does
 * not allow decides; when all allow, each records the send. Check and record happen under one lock, so two
 * concurrent sends can never both take the last slot of a cap.
 */
public final class SendGuards {
    private final List<SendGuard> guards;

    public SendGuards(List<SendGuard> guards) {
        this.guards = List.copyOf(guards);
    }

    /** Decides about one send at {@code now}; an allowed send is counted as sent. */
    public synchronized GuardResult admit(SendAttempt attempt, Instant now) {
        for (SendGuard g : guards) {
            GuardResult r = g.check(attempt, now);
            if (!r.allowed()) {
                return r;
            }
        }
        for (SendGuard g : guards) {
            g.record(attempt, now);
        }
        return GuardResult.ALLOWED;
    }

    /** What the chain would say now, without counting anything (previews, the API). */
    public synchronized GuardResult preview(SendAttempt attempt, Instant now) {
        for (SendGuard g : guards) {
            GuardResult r = g.check(attempt, now);
            if (!r.allowed()) {
                return r;
            }
        }
        return GuardResult.ALLOWED;
    }

    public List<String> names() {
        return guards.stream().map(SendGuard::name).toList();
    }
}
