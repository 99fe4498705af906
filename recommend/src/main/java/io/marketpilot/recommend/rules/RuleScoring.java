package io.marketpilot.recommend.rules;

/**
 * How the rules a user's history fires combine into an item's score: {@code MAX} takes the most confident rule
 * predicting the item (robust to long histories), {@code SUM} adds the confidences of all of them (rewards items many
 * rules agree on).
 */
public enum RuleScoring {
    MAX, SUM
}
