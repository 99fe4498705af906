package io.marketpilot.cli;

import java.time.Duration;

/** Durations on the command line: a whole number with a unit, {@code 90s}, {@code 30m}, {@code 6h}, {@code 1d}. */
final class DurationOption {
    private DurationOption() {}

    static Duration parse(String option, String text) {
        String t = text.strip();
        if (t.length() >= 2) {
            try {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                Duration d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> null;
                };
                if (d != null && n > 0) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(option + ": expected a positive whole number with a unit s, m, h or d "
                + "(e.g. 6h), found '" + text + "'");
    }
}
