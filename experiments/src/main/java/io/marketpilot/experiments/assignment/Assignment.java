package io.marketpilot.experiments.assignment;

/** The outcome of assigning one unit: a variant, or why the unit is not in the experiment. */
public sealed interface Assignment {
    /** The unit is in the experiment and gets {@code variant}; {@code sticky} when a pin decided it. */
    record Assigned(Variant variant, boolean sticky) implements Assignment {
    }

    /** The unit is outside the experiment and gets the default behaviour. */
    record NotAssigned(Reason reason) implements Assignment {
    }

    enum Reason { HOLDOUT, NOT_TARGETED, OTHER_EXPERIMENT_IN_LAYER, OUTSIDE_TRAFFIC }
}
