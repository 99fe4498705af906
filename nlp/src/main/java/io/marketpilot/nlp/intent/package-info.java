/**
 * Customer-message intents (shipping, order status, return/refund, product question, size advice, coupon, complaint,
 * praise, other) in Chinese and English. {@link io.marketpilot.nlp.intent.IntentClassifier} is the entry: encoder
 * embedding + hashed character n-grams → our softmax regression ({@link io.marketpilot.nlp.intent.IntentTrainer} →
 * immutable {@link io.marketpilot.nlp.intent.IntentModel}, saved as {@code intent-head} v1 and shipped in the jar).
 */
package io.marketpilot.nlp.intent;
