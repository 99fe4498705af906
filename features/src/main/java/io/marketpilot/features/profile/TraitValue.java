package io.marketpilot.features.profile;

/** One trait's value and when it was stated (epoch millis). */
public record TraitValue(Object value, long at) {}
