/**
 * The catalogue: {@link io.marketpilot.core.catalog.Item} and its wire parser
 * {@link io.marketpilot.core.catalog.ItemParser}. Items are upserted whole; unknown fields are kept.
 */
package io.marketpilot.core.catalog;
