package io.marketpilot.automation.segment;

/** Where a fact comes from: a trait the shop sent, or an attribute the engine computed (RFM, CLV …). */
public enum FactKind {
    TRAIT, ATTRIBUTE;

    /** The lookup tag of scalar values in the batch SQL ({@code trait}, {@code attribute}). */
    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
