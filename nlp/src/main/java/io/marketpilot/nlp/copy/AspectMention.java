package io.marketpilot.nlp.copy;

import java.util.Objects;

/**
 * How often reviews of an item mention an aspect ({@code logistics}, {@code quality}, {@code price}, {@code service},
 * {@code packaging}, {@code size_fit}, {@code appearance}, {@code function}, {@code taste}) with a polarity: the
 * input from review analysis. Copy uses the positive ones only, and never states their counts.
 */
public record AspectMention(String aspect, Polarity polarity, int count) {
    public AspectMention {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(polarity, "polarity");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }
}
