/**
 * The entry point of text understanding: {@link io.marketpilot.nlp.models.NlpModels#load} loads the configured encoder
 * variant together with the sentiment and intent heads shipped for it, so a head never reads another encoder's
 * embeddings.
 */
package io.marketpilot.nlp.models;
