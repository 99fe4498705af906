package io.marketpilot.automation.journey;

/** Whether a customer may enter a journey now; a refusal says why (for "where is this customer and why"). */
public sealed interface EntryDecision {
    record Enter() implements EntryDecision {}

    record Refused(String reason) implements EntryDecision {}

    default boolean allowed() {
        return this instanceof Enter;
    }
}
