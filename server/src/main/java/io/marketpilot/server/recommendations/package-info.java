/**
 * Recommendations over HTTP: {@link io.marketpilot.server.recommendations.RecommendationsResource} answers
 * "what next for this customer" and "what is like this item" with scored, explained items.
 */
package io.marketpilot.server.recommendations;
