package io.marketpilot.nlp.copy;

/** The polarity of an aspect mention. */
public enum Polarity { POSITIVE, NEGATIVE, NEUTRAL }
