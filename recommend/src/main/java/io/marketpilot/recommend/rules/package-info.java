/**
 * Association rules ("frequently bought together"): baskets cut from each user's time-ordered pairs are mined with
 * {@link io.marketpilot.recommend.rules.FpGrowth} and turned into rules X → y with support, confidence and lift.
 * Entry: {@link io.marketpilot.recommend.rules.AssociationRulesAlgorithm}; its model answers
 * {@code boughtTogether(item, n)} and scores users by the rules their history fires. Models are immutable.
 */
package io.marketpilot.recommend.rules;
