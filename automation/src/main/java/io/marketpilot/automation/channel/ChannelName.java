package io.marketpilot.automation.channel;

import java.util.regex.Pattern;

/** The configured name of one channel instance, e.g. {@code email}, {@code crm-webhook}: lower case, digits, '-'. */
public record ChannelName(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public ChannelName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a channel name is 1-63 characters of a-z, 0-9 and '-', starting with"
                    + " a letter; got " + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    public static ChannelName of(String value) {
        return new ChannelName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
