/**
 * Interaction data for recommenders: {@link io.marketpilot.recommend.data.InteractionLog} (raw events as
 * primitive columns, in order) collapsed by {@link io.marketpilot.recommend.data.InteractionsBuilder} into the
 * CSR matrix {@link io.marketpilot.recommend.data.Interactions}, with id ↔ index dictionaries.
 */
package io.marketpilot.recommend.data;
