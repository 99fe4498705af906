package io.marketpilot.automation.journey;

import java.util.Objects;

/** A matching event ends the run at once with {@code reason} (e.g. any purchase exits the abandoned-cart journey). */
public record ExitRule(String reason, EventMatch match) {
    public ExitRule {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(match, "match");
    }
}
