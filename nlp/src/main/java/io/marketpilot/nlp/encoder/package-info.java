/**
 * Pretrained text encoders: {@link io.marketpilot.nlp.encoder.TextEncoder} and its in-process ONNX implementation
 * (models from Maven artifacts only, never downloaded), batched, with an LRU cache.
 */
package io.marketpilot.nlp.encoder;
