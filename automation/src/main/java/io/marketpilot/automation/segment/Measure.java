package io.marketpilot.automation.segment;

/** What a performed condition adds up over the matching events. */
public sealed interface Measure {
    /** One per event. */
    record Count() implements Measure {}

    /** The events' quantities ("bought ≥ 2 items"). */
    record Quantity() implements Measure {}

    /**
     * Price × quantity, compared in ten-thousandths so both evaluators add exact integers (prices are stored with
     * four decimals; a missing price counts 0).
     */
    record Revenue() implements Measure {}

    /** A numeric property of the events ({@code properties.<name>}); missing or non-numeric counts 0. */
    record Property(String name) implements Measure {}

    static String spell(Measure m) {
        return switch (m) {
            case Count c -> "count";
            case Quantity q -> "quantity";
            case Revenue r -> "revenue";
            case Property p -> "property:" + p.name();
        };
    }
}
