/** Text normalisation and segmentation, pretrained encoders, sentiment, aspects, entities, intents, answers, copy. */
package io.marketpilot.nlp;
