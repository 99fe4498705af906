package io.marketpilot.recommend.rules;

/**
 * One entry of an item's "frequently bought together" list: the rule (that item) → {@code item}.
 *
 * @param item       the other item (training dictionary index)
 * @param baskets    number of baskets containing both items
 * @param support    {@code baskets} as a share of all baskets
 * @param confidence share of the baskets with the first item that also hold {@code item}
 * @param lift       confidence divided by {@code item}'s own basket share (above 1: bought together more than chance)
 */
public record BoughtTogether(int item, int baskets, double support, double confidence, double lift) {
}
