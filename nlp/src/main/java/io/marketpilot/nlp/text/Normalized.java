package io.marketpilot.nlp.text;

import java.util.List;

/**
 * A normalised text: {@code text} is what later stages see; {@code emojis} were taken out of it (in order),
 * {@code truncated} says the input was longer than the limit and cut, {@code originalLength} counts the input's
 * code points.
 */
public record Normalized(String text, List<String> emojis, boolean truncated, int originalLength) {
    public Normalized {
        emojis = List.copyOf(emojis);
    }
}
