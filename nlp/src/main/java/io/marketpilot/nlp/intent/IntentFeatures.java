package io.marketpilot.nlp.intent;

/** The features of one message: its unit-length encoder embedding and its hashed character n-grams. */
record IntentFeatures(float[] embedding, CharNgrams ngrams) {
}
