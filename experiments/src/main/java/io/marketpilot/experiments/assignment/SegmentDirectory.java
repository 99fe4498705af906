package io.marketpilot.experiments.assignment;

/**
 * Resolves the segment named by an experiment to a {@link Targeting}. The automation module owns segments; the
 * engine adapts them to this interface. {@link #NONE} knows no segment and rejects every unit of one.
 */
@FunctionalInterface
public interface SegmentDirectory {
    SegmentDirectory NONE = segment -> unit -> false;

    Targeting targeting(String segment);
}
