package io.marketpilot.features.consent;

import java.util.Locale;

/**
 * What a consent statement covers: a purpose ({@code marketing}, {@code personalization}, {@code analytics} …) and a
 * channel ({@code email}, {@code sms}, {@code push}, {@code webhook} …, or {@value #ANY_CHANNEL} for every channel).
 * Both lower-case, non-blank.
 */
public record ConsentScope(String purpose, String channel) implements Comparable<ConsentScope> {
    public static final String ANY_CHANNEL = "*";

    public ConsentScope {
        purpose = normalise(purpose, "purpose");
        channel = normalise(channel, "channel");
    }

    private static String normalise(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("consent " + field + " must not be blank");
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(ConsentScope o) {
        int c = purpose.compareTo(o.purpose);
        return c != 0 ? c : channel.compareTo(o.channel);
    }
}
