package io.marketpilot.automation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitGuardTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void delaysSendsOverTheRateToTheNextToken() {
        SendGuards g = new SendGuards(List.of(new RateLimitGuard(Map.of(Sends.EMAIL, new RateLimitGuard.Limit(2, 2)))));
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0).allowed()).isTrue();
        assertThat(g.admit(Sends.marketing("b", Sends.EMAIL), T0).allowed()).isTrue();
        assertThat(g.admit(Sends.marketing("c", Sends.EMAIL), T0))
                .isEqualTo(new GuardResult.Delayed(T0.plusMillis(500), "rate limit of 2.0/s on email"));
        assertThat(g.admit(Sends.marketing("c", Sends.EMAIL), T0.plusMillis(500)).allowed()).isTrue();
        assertThat(g.admit(Sends.marketing("d", Sends.HOOK), T0).allowed()).as("unlimited channel").isTrue();
    }

    @Test
    void holdsTheRateOverSimulatedTime() {
        SendGuards g = new SendGuards(List.of(new RateLimitGuard(Map.of(Sends.EMAIL, new RateLimitGuard.Limit(10, 1)))));
        int sent = 0;
        for (int ms = 0; ms < 10_000; ms++) {
            if (g.admit(Sends.marketing("c" + ms, Sends.EMAIL), T0.plusMillis(ms)).allowed()) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(100);
    }
}
