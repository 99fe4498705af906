/**
 * First recommendations: item-to-item co-purchase neighbours with a popularity fallback, so every answer
 * is full. Entry points: {@link io.marketpilot.engine.recommend.CoPurchaseTrainer} →
 * {@link io.marketpilot.engine.recommend.CoPurchaseModel}, saved by
 * {@link io.marketpilot.engine.recommend.CoPurchaseFormat}. The recommendation issue replaces this with
 * the recommend module's models.
 */
package io.marketpilot.engine.recommend;
