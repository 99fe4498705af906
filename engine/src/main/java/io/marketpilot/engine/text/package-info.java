/**
 * Text understanding in the engine: {@link io.marketpilot.engine.text.TextService} analyses text (pipeline,
 * entities from the catalogue, intent, and sentiment/aspects when {@link io.marketpilot.engine.text.ReviewSignals}
 * are wired), answers customer questions from the FAQ and items, keeps the FAQ, and writes item copy. The encoder
 * loads on first use, so opening an engine stays fast.
 */
package io.marketpilot.engine.text;
