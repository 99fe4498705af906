package io.marketpilot.automation.journey;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as journeys write them: ISO-8601 ({@code PT1H}, {@code P1D}, {@code P2W}) or {@code 30m}, {@code 1h}, {@code 2d}. */
final class Durations {
    static final Duration MAX = Duration.ofDays(3650);
    static final String EXPECTED = "a duration like \"30m\", \"1h\", \"2d\", \"1w\" or ISO-8601 \"PT1H\", \"P1D\"";
    private static final Pattern SHORT = Pattern.compile("([0-9]{1,7})(s|m|h|d|w)");
    private static final Pattern WEEKS = Pattern.compile("P([0-9]{1,4})W");

    private Durations() {}

    /** The positive duration (at most ten years) the text describes; empty otherwise. */
    static Optional<Duration> parse(String text) {
        Optional<Duration> d = read(text.strip());
        return d.filter(x -> x.isPositive() && x.compareTo(MAX) <= 0);
    }

    private static Optional<Duration> read(String text) {
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        Matcher w = WEEKS.matcher(text.toUpperCase(java.util.Locale.ROOT));
        if (w.matches()) {
            return Optional.of(Duration.ofDays(7L * Long.parseLong(w.group(1))));
        }
        try {
            return text.toUpperCase(java.util.Locale.ROOT).startsWith("P") ? Optional.of(Duration.parse(text))
                    : Optional.empty();
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The duration at {@code key}, reporting a problem (null) when missing or bad. */
    static Duration read(JsonObject o, String key) {
        Object raw = o.raw(key);
        Optional<Duration> d = raw instanceof String s ? parse(s) : Optional.empty();
        if (d.isEmpty()) {
            o.fail(key, "expected " + EXPECTED + " (positive, at most 3650d), found " + JsonObject.found(raw));
            return null;
        }
        return d.get();
    }
}
