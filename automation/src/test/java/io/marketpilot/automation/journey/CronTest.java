package io.marketpilot.automation.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant next(String cron, String after, ZoneId zone) {
        return Cron.parse(cron).next(Instant.parse(after), zone).orElseThrow();
    }

    @Test
    void everyMondayAtTenInTheShopZone() {
        // 2026-03-02 is a Monday; 10:00 in Shanghai is 02:00 UTC
        assertThat(next("0 10 * * MON", "2026-03-01T00:00:00Z", SHANGHAI)).isEqualTo("2026-03-02T02:00:00Z");
        assertThat(next("0 10 * * 1", "2026-03-02T02:00:00Z", SHANGHAI)).isEqualTo("2026-03-09T02:00:00Z");
    }

    @Test
    void stepsRangesAndLists() {
        assertThat(next("*/15 * * * *", "2026-03-02T10:07:00Z", ZoneId.of("UTC"))).isEqualTo("2026-03-02T10:15:00Z");
        assertThat(next("5,35 9-17/4 * * *", "2026-03-02T13:36:00Z", ZoneId.of("UTC"))).isEqualTo("2026-03-02T17:05:00Z");
        assertThat(next("0 0 1 JAN,jul *", "2026-03-02T00:00:00Z", ZoneId.of("UTC"))).isEqualTo("2026-07-01T00:00:00Z");
    }

    @Test
    void sundayIsZeroOrSeven() {
        assertThat(Cron.parse("0 8 * * 7")).isEqualTo(Cron.parse("0 8 * * 0"));
        assertThat(next("0 8 * * SUN", "2026-03-02T00:00:00Z", ZoneId.of("UTC"))).isEqualTo("2026-03-08T08:00:00Z");
    }

    @Test
    void restrictedDayOfMonthAndDayOfWeekMatchEither() {
        // the 13th or any Friday: 2026-03-06 is a Friday, before the 13th
        assertThat(next("0 0 13 * FRI", "2026-03-02T00:00:00Z", ZoneId.of("UTC"))).isEqualTo("2026-03-06T00:00:00Z");
    }

    @Test
    void leapDayOnly() {
        assertThat(next("0 0 29 2 *", "2026-03-01T00:00:00Z", ZoneId.of("UTC"))).isEqualTo("2028-02-29T00:00:00Z");
    }

    @Test
    void aTimeInTheSpringForwardGapFiresRightAfterTheGap() {
        // New York jumps from 02:00 EST to 03:00 EDT on 2026-03-08: 02:30 does not exist that day
        assertThat(next("30 2 * * *", "2026-03-07T12:00:00Z", NEW_YORK)).isEqualTo("2026-03-08T07:30:00Z"); // 03:30 EDT
        // and the next day it is 02:30 EDT again
        assertThat(next("30 2 * * *", "2026-03-08T07:30:00Z", NEW_YORK)).isEqualTo("2026-03-09T06:30:00Z");
        // a time after the gap is unaffected: 03:15 EDT
        assertThat(next("15 3 * * *", "2026-03-08T06:00:00Z", NEW_YORK)).isEqualTo("2026-03-08T07:15:00Z");
    }

    @Test
    void everyMinuteAcrossTheGapKeepsOrder() {
        // 01:59 EST is 06:59Z; the next minute is 03:00 EDT = 07:00Z, not a gap-shifted 02:xx
        assertThat(next("* * * * *", "2026-03-08T06:59:00Z", NEW_YORK)).isEqualTo("2026-03-08T07:00:00Z");
    }

    @Test
    void aTimeInTheFallBackOverlapFiresOnce() {
        // 2026-11-01: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST); it fires at the first only
        assertThat(next("30 1 * * *", "2026-10-31T12:00:00Z", NEW_YORK)).isEqualTo("2026-11-01T05:30:00Z");
        assertThat(next("30 1 * * *", "2026-11-01T05:30:00Z", NEW_YORK)).isEqualTo("2026-11-02T06:30:00Z");
    }

    @Test
    void badExpressionsSayWhichFieldAndWhatWasExpected() {
        assertThatThrownBy(() -> Cron.parse("0 10 * *")).hasMessageContaining("expected 5 fields");
        assertThatThrownBy(() -> Cron.parse("61 * * * *")).hasMessage("minute: expected 0-59, found 61");
        assertThatThrownBy(() -> Cron.parse("0 * * FOO *")).hasMessageContaining("month: expected *")
                .hasMessageContaining("JAN-DEC");
        assertThatThrownBy(() -> Cron.parse("0 5-2 * * *")).hasMessage("hour: range 5-2 goes backwards");
        assertThatThrownBy(() -> Cron.parse("0 */0 * * *")).hasMessageContaining("hour");
    }

    @Test
    void neverFiringScheduleIsEmpty() {
        assertThat(Cron.parse("0 0 31 2 *").next(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("UTC"))).isEmpty();
    }
}
