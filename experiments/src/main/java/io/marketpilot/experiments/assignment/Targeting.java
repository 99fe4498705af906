package io.marketpilot.experiments.assignment;

/** Whether a unit may enter an experiment, e.g. membership of a segment (the engine wires segments in). */
@FunctionalInterface
public interface Targeting {
    Targeting EVERYONE = unit -> true;

    boolean eligible(String unitId);
}
