/**
 * Pretrained text encoders: {@link io.marketpilot.nlp.encoder.TextEncoder} and its in-process ONNX implementation
 * (BGE-small-zh v1.5 int8 or fp32, models from Maven artifacts only, never downloaded), batched, with an LRU cache;
 * {@link io.marketpilot.nlp.encoder.EncoderMismatchException} keeps trained heads on the encoder they were trained on.
 */
package io.marketpilot.nlp.encoder;
