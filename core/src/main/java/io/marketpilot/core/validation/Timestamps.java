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
        if (v instanceof Instant i) {
            return Optional.of(i);
        }
        if (v instanceof Number) {
            return Numbers.toLong(v).map(Timestamps::fromEpoch);
        }
        if (!(v instanceof String raw)) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (isDigits(s)) {
            return Numbers.toLong(s).map(Timestamps::fromEpoch);
        }
        Instant fast = FastIso.parse(s);
        if (fast != null) {
            return Optional.of(fast);
        }
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        try {
            if (s.endsWith("Z") || s.endsWith("z")) {
                return Optional.of(Instant.parse(s.substring(0, s.length() - 1) + 'Z'));
            }
            if (s.endsWith("]")) {
                return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant fromEpoch(long n) {
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
