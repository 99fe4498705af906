package io.marketpilot.experiments.assignment;

/**
 * The part [start, end) of a layer an experiment owns. Experiments in the same layer with disjoint ranges never
 * share a unit; experiments in different layers are assigned independently.
 */
public record LayerRange(double start, double end) {
    public static final LayerRange WHOLE = new LayerRange(0, 1);

    public LayerRange {
        if (!(start >= 0 && start < end && end <= 1)) {
            throw new IllegalArgumentException("layer range must satisfy 0 <= start < end <= 1, found [" + start + ", "
                    + end + ")");
        }
    }

    public boolean overlaps(LayerRange other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(double position) {
        return position >= start && position < end;
    }

    public double width() {
        return end - start;
    }
}
