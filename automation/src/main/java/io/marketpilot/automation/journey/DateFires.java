package io.marketpilot.automation.journey;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Fire instants of date-attribute triggers. */
final class DateFires {
    private DateFires() {}

    static Optional<Instant> next(Trigger.DateAttribute t, Object value, ZoneId zone, Instant after) {
        Optional<LocalDate> date = date(value, zone);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (!t.yearly()) {
            Instant fire = LocalTimes.on(date.get().minusDays(t.daysBefore()), t.at(), zone);
            return fire.isAfter(after) ? Optional.of(fire) : Optional.empty();
        }
        MonthDay md = MonthDay.from(date.get());
        int year = after.atZone(zone).getYear() - 1;
        for (int i = 0; i < 4; i++) {
            LocalDate anniversary = md.atYear(year + i); // 29 February → 28 in other years
            Instant fire = LocalTimes.on(anniversary.minusDays(t.daysBefore()), t.at(), zone);
            if (fire.isAfter(after)) {
                return Optional.of(fire);
            }
        }
        return Optional.empty();
    }

    /** A fact value as a local date: {@code "1990-05-17"}, an ISO instant or offset date-time. */
    static Optional<LocalDate> date(Object value, ZoneId zone) {
        if (value instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (value instanceof Instant i) {
            return Optional.of(i.atZone(zone).toLocalDate());
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        try {
            if (s.length() == 10) {
                return Optional.of(LocalDate.parse(s));
            }
            return Optional.of(OffsetDateTime.parse(s).toInstant().atZone(zone).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
