package io.marketpilot.data.demo;

/** The event types the demo shop emits, with their wire names. */
public enum DemoEventType {
    VIEW("view"),
    CLICK("click"),
    ADD_TO_CART("add_to_cart"),
    REMOVE_FROM_CART("remove_from_cart"),
    PURCHASE("purchase"),
    REFUND("refund"),
    SEARCH("search"),
    REVIEW("review");

    private final String wireName;

    DemoEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The {@code "type"} value in {@code events.jsonl}. */
    public String wireName() {
        return wireName;
    }
}
