package io.marketpilot.automation.segment;

import java.util.Optional;
import java.util.regex.Pattern;

/** A duration written like {@code "90s"}, {@code "15m"}, {@code "12h"}, {@code "30d"} or {@code "2w"}. */
public record Window(long amount, char unit) {
    private static final Pattern SYNTAX = Pattern.compile("([0-9]{1,6})([smhdw])");
    /** The longest window (about ten years): the online state keeps the events of the longest window. */
    static final long MAX_MICROS = 3650L * 86_400_000_000L;

    public long micros() {
        long seconds = switch (unit) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86_400;
            case 'w' -> 7 * 86_400;
            default -> throw new IllegalStateException("unit " + unit);
        };
        return amount * seconds * 1_000_000L;
    }

    static Optional<Window> parse(String text) {
        var m = SYNTAX.matcher(text);
        return m.matches() ? Optional.of(new Window(Long.parseLong(m.group(1)), m.group(2).charAt(0))) : Optional.empty();
    }

    @Override
    public String toString() {
        return amount + String.valueOf(unit);
    }
}
