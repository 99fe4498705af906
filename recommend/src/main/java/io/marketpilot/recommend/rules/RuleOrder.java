package io.marketpilot.recommend.rules;

/** How an item's "bought together" list is sorted (the other measure breaks ties, then the item index). */
public enum RuleOrder {
    LIFT, CONFIDENCE
}
