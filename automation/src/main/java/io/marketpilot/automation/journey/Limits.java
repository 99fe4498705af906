package io.marketpilot.automation.journey;

/** Per-journey limits; 0 means unlimited. */
public record Limits(int maxConcurrentRuns, int maxEntriesPerCustomer) {
    public static final Limits NONE = new Limits(0, 0);

    public Limits {
        if (maxConcurrentRuns < 0 || maxEntriesPerCustomer < 0) {
            throw new IllegalArgumentException("limits are 0 (unlimited) or more");
        }
    }
}
