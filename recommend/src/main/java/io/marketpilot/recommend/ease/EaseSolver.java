package io.marketpilot.recommend.ease;

/**
 * How EASE obtains {@code P = (XᵀX + λI)⁻¹}. Both give the same model up to rounding; they differ in cost.
 */
public enum EaseSolver {
    /** WOODBURY when it needs fewer operations than DIRECT (typically fewer active users than items). */
    AUTO("auto"),
    /** Invert the items × items matrix: about n³ multiply-adds for n items. */
    DIRECT("direct n x n inverse"),
    /** Invert the users × users matrix {@code λI + XXᵀ} instead (Woodbury identity): about m³ for m users. */
    WOODBURY("woodbury m x m inverse");

    private final String label;

    EaseSolver(String label) {
        this.label = label;
    }

    /** The name used in reports and provenance. */
    public String label() {
        return label;
    }
}
