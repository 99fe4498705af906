package io.marketpilot.automation.journey;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Optional;

/**
 * A 5-field cron schedule (minute hour day-of-month month day-of-week) read in a time zone. Fields take
 * {@code *}, numbers, ranges {@code a-b}, steps {@code * /n} and {@code a-b/n}, lists {@code a,b}, month and day
 * names ({@code JAN}, {@code MON}); Sunday is 0 or 7. As in Vixie cron, when both day fields are restricted a day
 * matches either. Daylight saving: a local time that does not exist (spring forward) fires at the first instant
 * after the gap, so the day's run is not lost; a local time that happens twice (fall back) fires once, at the
 * earlier one.
 */
public final class Cron {
    /** How far ahead {@link #next} looks (29 years covers 29 February falling on a given weekday). */
    private static final int HORIZON_DAYS = 366 * 29;

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    Cron(String expression, BitSet minutes, BitSet hours, BitSet days, BitSet months, BitSet weekdays, boolean anyDay,
         boolean anyWeekday) {
        this.expression = expression;
        this.minutes = minutes;
        this.hours = hours;
        this.days = days;
        this.months = months;
        this.weekdays = weekdays;
        this.anyDay = anyDay;
        this.anyWeekday = anyWeekday;
    }

    /** The expression as written (trimmed). */
    public String expression() {
        return expression;
    }

    /** Parses an expression; fails with a message naming the bad field, expected vs found. */
    public static Cron parse(String expression) {
        return CronFields.parse(expression);
    }

    /** The first fire instant strictly after {@code after} in {@code zone}; empty if it never fires. */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate().minusDays(1); // a gap-shifted time may belong to the day before
        for (int i = 0; i <= HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (!matchesDay(day)) {
                continue;
            }
            Instant best = null;
            for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                    Instant t = ZonedDateTime.ofLocal(LocalDateTime.of(day, java.time.LocalTime.of(h, m)), zone, null)
                            .toInstant();
                    if (t.isAfter(after) && (best == null || t.isBefore(best))) {
                        best = t;
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    boolean matchesDay(LocalDate day) {
        if (!months.get(day.getMonthValue())) {
            return false;
        }
        boolean dom = days.get(day.getDayOfMonth());
        boolean dow = weekdays.get(day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek().getValue());
        if (anyDay && anyWeekday) {
            return true;
        }
        if (anyDay) {
            return dow;
        }
        if (anyWeekday) {
            return dom;
        }
        return dom || dow;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cron c && c.minutes.equals(minutes) && c.hours.equals(hours) && c.days.equals(days)
                && c.months.equals(months) && c.weekdays.equals(weekdays) && c.anyDay == anyDay
                && c.anyWeekday == anyWeekday;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(minutes, hours, days, months, weekdays, anyDay, anyWeekday);
    }

    @Override
    public String toString() {
        return expression;
    }
}
