package io.marketpilot.experiments.assignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigns units to variants. Positions: the layer position (salt "layer:" + layer, or the experiment salt when it
 * has no layer) decides the layer range and traffic; an independent variant position (salt + ":variant") picks the
 * variant over cumulative weights, so a weight change moves only units between the old and new boundaries — and
 * not even those once pinned by {@link StickyAssignments}. Thread-safe when the pins are.
 */
public final class Assigner {
    private final Holdout holdout;
    private final SegmentDirectory segments;
    private final StickyAssignments sticky;

    public Assigner(Holdout holdout, SegmentDirectory segments, StickyAssignments sticky) {
        this.holdout = Objects.requireNonNull(holdout, "holdout");
        this.segments = Objects.requireNonNull(segments, "segments");
        this.sticky = Objects.requireNonNull(sticky, "sticky");
    }

    public static Assigner plain() {
        return new Assigner(Holdout.NONE, SegmentDirectory.NONE, StickyAssignments.NONE);
    }

    public Assignment assign(String experimentId, ExperimentDesign design, String unit) {
        if (holdout.holds(unit)) {
            return new Assignment.NotAssigned(Assignment.Reason.HOLDOUT);
        }
        if (design.segment() != null && !segments.targeting(design.segment()).eligible(unit)) {
            return new Assignment.NotAssigned(Assignment.Reason.NOT_TARGETED);
        }
        double layerPosition = design.layer() == null ? UnitHash.position(design.salt(), unit)
                : UnitHash.position("layer:" + design.layer(), unit);
        LayerRange range = design.layerRange();
        if (!range.contains(layerPosition)) {
            return new Assignment.NotAssigned(Assignment.Reason.OTHER_EXPERIMENT_IN_LAYER);
        }
        if ((layerPosition - range.start()) / range.width() >= design.traffic()) {
            return new Assignment.NotAssigned(Assignment.Reason.OUTSIDE_TRAFFIC);
        }
        Optional<Variant> pinned = sticky.recall(experimentId, unit).flatMap(key -> find(design.variants(), key));
        if (pinned.isPresent()) {
            return new Assignment.Assigned(pinned.get(), true);
        }
        return new Assignment.Assigned(byWeight(design, UnitHash.position(design.salt() + ":variant", unit)), false);
    }

    /** Records that {@code unit} was exposed to {@code variant}: from now on it keeps that variant. */
    public void exposed(String experimentId, String unit, String variant) {
        sticky.remember(experimentId, unit, variant);
    }

    private static Variant byWeight(ExperimentDesign design, double position) {
        List<Variant> variants = design.variants();
        double total = variants.stream().mapToDouble(Variant::weight).sum();
        double target = position * total;
        double cumulative = 0;
        for (Variant v : variants) {
            cumulative += v.weight();
            if (target < cumulative) {
                return v;
            }
        }
        return variants.get(variants.size() - 1);
    }

    private static Optional<Variant> find(List<Variant> variants, String key) {
        return variants.stream().filter(v -> v.key().equals(key)).findFirst();
    }
}
