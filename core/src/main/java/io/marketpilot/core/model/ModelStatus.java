package io.marketpilot.core.model;

/**
 * Where a saved version stands in the registry. Derived from the activation history, never set directly:
 * a version becomes {@code ACTIVE} by {@link ModelStore#activate}, and {@code RETIRED} when another is
 * activated after it.
 */
public enum ModelStatus {
    /** The version served for its name: the one of the newest activation. */
    ACTIVE,
    /** Saved but never activated: awaiting evaluation, or rejected (see {@link ModelVersion#note()}). */
    CANDIDATE,
    /** Was active once and has been replaced since; a rollback target. */
    RETIRED
}
