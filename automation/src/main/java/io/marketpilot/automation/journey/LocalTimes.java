package io.marketpilot.automation.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Local times of day as instants, daylight-saving safe. */
final class LocalTimes {
    private LocalTimes() {}

    /**
     * The first instant strictly after {@code now} at which the clock in {@code zone} shows {@code at}. A time in
     * a spring-forward gap maps to the same offset after the gap (02:30 → 03:30); in a fall-back overlap, the
     * earlier of the two.
     */
    static Instant nextAfter(Instant now, LocalTime at, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int i = 0; ; i++) {
            Instant t = on(day.plusDays(i), at, zone);
            if (t.isAfter(now)) {
                return t;
            }
        }
    }

    static Instant on(LocalDate day, LocalTime at, ZoneId zone) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, at), zone, null).toInstant();
    }
}
