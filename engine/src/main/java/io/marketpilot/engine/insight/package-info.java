/**
 * Review understanding inside the engine: {@link io.marketpilot.engine.insight.ReviewInsights} stores reviews as
 * events, analyses them on arrival (sentiment, aspects) and answers per-item insights;
 * {@link io.marketpilot.engine.insight.ItemEmbeddings} gives recommendation dense content vectors of items.
 * Both share the lazily loaded {@link io.marketpilot.engine.insight.NlpRuntime}.
 */
package io.marketpilot.engine.insight;
