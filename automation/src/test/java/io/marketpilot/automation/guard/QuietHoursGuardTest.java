package io.marketpilot.automation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursGuardTest {
    private final QuietHoursGuard guard = new QuietHoursGuard(LocalTime.of(21, 0), LocalTime.of(8, 0),
            c -> c.value().equals("shanghai") ? ZoneId.of("Asia/Shanghai") : ZoneId.of("Europe/Berlin"));

    @Test
    void delaysToTheEndOfTheNightInTheCustomersZone() {
        Instant at = Instant.parse("2026-03-01T14:00:00Z"); // 22:00 in Shanghai, 15:00 in Berlin
        assertThat(guard.check(Sends.marketing("shanghai", Sends.EMAIL), at)).isEqualTo(new GuardResult.Delayed(
                Instant.parse("2026-03-02T00:00:00Z"), "quiet hours 21:00-08:00 in Asia/Shanghai"));
        assertThat(guard.check(Sends.marketing("berlin", Sends.EMAIL), at)).isEqualTo(GuardResult.ALLOWED);
    }

    @Test
    void afterMidnightTheNightEndsTheSameDay() {
        Instant at = Instant.parse("2026-03-01T01:30:00Z"); // 02:30 in Berlin
        assertThat(guard.check(Sends.marketing("berlin", Sends.EMAIL), at))
                .isEqualTo(new GuardResult.Delayed(Instant.parse("2026-03-01T07:00:00Z"),
                        "quiet hours 21:00-08:00 in Europe/Berlin"));
    }

    @Test
    void theBoundariesAreStartInclusiveEndExclusive() {
        assertThat(guard.check(Sends.marketing("berlin", Sends.EMAIL), Instant.parse("2026-03-01T20:00:00Z")))
                .isInstanceOf(GuardResult.Delayed.class);
        assertThat(guard.check(Sends.marketing("berlin", Sends.EMAIL), Instant.parse("2026-03-01T07:00:00Z")))
                .isEqualTo(GuardResult.ALLOWED);
    }

    @Test
    void transactionalMessagesGoAtNight() {
        assertThat(guard.check(Sends.transactional("berlin", Sends.EMAIL), Instant.parse("2026-03-01T23:00:00Z")))
                .isEqualTo(GuardResult.ALLOWED);
    }

    @Test
    void aDaytimeWindowWorksToo() {
        QuietHoursGuard lunch = new QuietHoursGuard(LocalTime.of(12, 0), LocalTime.of(13, 0), c -> ZoneId.of("UTC"));
        assertThat(lunch.check(Sends.marketing("a", Sends.EMAIL), Instant.parse("2026-03-01T12:30:00Z")))
                .isEqualTo(new GuardResult.Delayed(Instant.parse("2026-03-01T13:00:00Z"), "quiet hours 12:00-13:00 in UTC"));
    }

    @Test
    void anEndInsideTheSpringForwardGapMovesForward() {
        QuietHoursGuard g = new QuietHoursGuard(LocalTime.of(22, 0), LocalTime.of(2, 30), c -> ZoneId.of("Europe/Berlin"));
        // 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST, so 02:30 does not exist that night
        assertThat(g.check(Sends.marketing("a", Sends.EMAIL), Instant.parse("2026-03-28T23:00:00Z")))
                .isEqualTo(new GuardResult.Delayed(Instant.parse("2026-03-29T01:30:00Z"),
                        "quiet hours 22:00-02:30 in Europe/Berlin"));
    }
}
