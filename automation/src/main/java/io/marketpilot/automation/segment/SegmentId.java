package io.marketpilot.automation.segment;

import java.util.regex.Pattern;

/** A segment's id: lower-case letters, digits, '-' and '_', 1–64 characters, starting with a letter or digit. */
public record SegmentId(String value) {
    static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public SegmentId {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw new IllegalArgumentException("a segment id is 1-64 of a-z 0-9 - _ starting with a letter or digit,"
                    + " found " + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    public static boolean valid(String value) {
        return value != null && SYNTAX.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
