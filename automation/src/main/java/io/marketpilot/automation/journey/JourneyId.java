package io.marketpilot.automation.journey;

import java.util.regex.Pattern;

/** A journey's id, chosen by the shop: 1-64 of a-z, 0-9, '-' and '_', starting with a letter or digit. */
public record JourneyId(String value) {
    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public JourneyId {
        if (!valid(value)) {
            throw new IllegalArgumentException("a journey id is 1-64 of a-z 0-9 - _ starting with a letter or digit,"
                    + " found " + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    public static boolean valid(String value) {
        return value != null && SYNTAX.matcher(value).matches();
    }

    public static JourneyId of(String value) {
        return new JourneyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
