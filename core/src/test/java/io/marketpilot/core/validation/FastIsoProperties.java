package io.marketpilot.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The fast path answers exactly as java.time does, or steps aside. */
class FastIsoProperties {

    @Property(tries = 2000)
    void agreesWithJavaTimeOnWellFormedInstants(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds,
                                                @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
                                                @ForAll @IntRange(min = -18 * 4, max = 18 * 4) int quarterHours) {
        OffsetDateTime t = Instant.ofEpochSecond(seconds, nanos).atOffset(ZoneOffset.ofTotalSeconds(quarterHours * 900));
        String text = t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(FastIso.parse(text)).isEqualTo(t.toInstant());
    }

    @Property(tries = 2000)
    void neverDisagreesOnArbitraryText(@ForAll String text) {
        Instant fast = FastIso.parse(text);
        if (fast != null) {
            assertThat(fast).isEqualTo(OffsetDateTime.parse(text.replace(' ', 'T').replace('z', 'Z')).toInstant());
        }
    }

    /** Every field in and just out of range, leap days and years 0000 to 9999: the same answer as java.time. */
    @Property(tries = 5000)
    void agreesWithJavaTimeFieldByField(@ForAll @IntRange(min = 0, max = 9999) int year,
                                        @ForAll @IntRange(min = 0, max = 13) int month,
                                        @ForAll @IntRange(min = 0, max = 32) int day,
                                        @ForAll @IntRange(min = 0, max = 24) int hour,
                                        @ForAll @IntRange(min = 0, max = 60) int minute,
                                        @ForAll @IntRange(min = 0, max = 60) int second,
                                        @ForAll boolean space) {
        String text = "%04d-%02d-%02d%c%02d:%02d:%02dZ".formatted(year, month, day, space ? ' ' : 'T', hour, minute, second);
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            expected = null;
        }
        assertThat(FastIso.parse(text)).isEqualTo(expected);
    }

    @Property(tries = 5000)
    void epochDayIsLocalDates(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
                              @ForAll @IntRange(min = 1, max = 31) int day) {
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        int d = Math.min(day, ym.lengthOfMonth());
        assertThat(FastIso.epochDay(year, month, d)).isEqualTo(ym.atDay(d).toEpochDay());
    }

    /**
     * Fraction lengths and offsets in and just out of what java.time reads (at most nine digits, offsets within
     * ±18:00): the fast path answers exactly when java.time does, and the same.
     */
    @Property(tries = 3000)
    void agreesWithJavaTimeOnFractionsAndOffsets(@ForAll @IntRange(min = 0, max = 12) int fractionDigits,
                                                 @ForAll @IntRange(min = 0, max = 19) int offsetHours,
                                                 @ForAll @IntRange(min = 0, max = 59) int offsetMinutes,
                                                 @ForAll boolean west) {
        String fraction = fractionDigits == 0 ? "" : "." + "123456789012".substring(0, fractionDigits);
        String offset = "%c%02d:%02d".formatted(west ? '-' : '+', offsetHours, offsetMinutes);
        String text = "2026-12-31T23:59:59" + fraction + offset;
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            expected = null;
        }
        assertThat(FastIso.parse(text)).isEqualTo(expected);
        assertThat(Timestamps.parse(text)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Property(tries = 500)
    void stepsAsideForImpossibleDates(@ForAll @IntRange(min = 29, max = 31) int day) {
        String text = "2026-02-%02dT10:00:00Z".formatted(day);
        boolean javaTimeAccepts;
        try {
            OffsetDateTime.parse(text);
            javaTimeAccepts = true;
        } catch (DateTimeParseException e) {
            javaTimeAccepts = false;
        }
        assertThat(FastIso.parse(text) != null).isEqualTo(javaTimeAccepts);
    }
}
