package io.marketpilot.core.validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads instants in the forms shops send: ISO-8601 with {@code Z} or an offset (a space instead of
 * {@code T} is accepted), a zoned date-time, or epoch seconds / milliseconds as a number. A date-time
 * without a zone is rejected: guessing the zone silently shifts every event.
 */
public final class Timestamps {
    /** Epoch values above this are milliseconds (2001-09-09 in seconds is 1e9; 1e11 s is the year 5138). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private Timestamps() {}

    public static Optional<Instant> parse(Object v) {
        return Optional.ofNullable(parseOrNull(v));
    }

    /** As {@link #parse}, null for what it rejects (the event parser's form: no Optional per event). */
    public static Instant parseOrNull(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Number) {
            return fromEpoch(Numbers.toLongOrNull(v));
        }
        if (!(v instanceof String raw)) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (isDigits(s)) {
            return fromEpoch(Numbers.toLongOrNull(s));
        }
        Instant fast = FastIso.parse(s);
        return fast != null ? fast : slow(s);
    }

    private static Instant slow(String s) {
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        try {
            if (s.endsWith("Z") || s.endsWith("z")) {
                return Instant.parse(s.substring(0, s.length() - 1) + 'Z');
            }
            if (s.endsWith("]")) {
                return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
            }
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant fromEpoch(Long n) {
        if (n == null) {
            return null;
        }
        return Math.abs(n) >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }

    private static boolean isDigits(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
