package io.marketpilot.automation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyCapGuardTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static SendGuards guards(FrequencyCap... caps) {
        return new SendGuards(List.of(new FrequencyCapGuard(List.of(caps))));
    }

    @Test
    void capsOneChannelInARollingDay() {
        SendGuards g = guards(FrequencyCap.perChannel(Sends.EMAIL, FrequencyCap.Window.DAY, 2));
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0).allowed()).isTrue();
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0.plusSeconds(60)).allowed()).isTrue();
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0.plusSeconds(120)))
                .isEqualTo(new GuardResult.Blocked("frequency cap 2 per day on email reached (2 sent)"));
        assertThat(g.admit(Sends.marketing("a", Sends.HOOK), T0.plusSeconds(120)).allowed()).as("other channel").isTrue();
        assertThat(g.admit(Sends.marketing("b", Sends.EMAIL), T0.plusSeconds(120)).allowed()).as("other customer").isTrue();
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0.plus(Duration.ofDays(1))).allowed())
                .as("the first send left the window").isTrue();
    }

    @Test
    void capsAcrossChannels() {
        SendGuards g = guards(FrequencyCap.acrossChannels(FrequencyCap.Window.WEEK, 1));
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0).allowed()).isTrue();
        assertThat(g.admit(Sends.marketing("a", Sends.HOOK), T0.plus(Duration.ofDays(6))))
                .isInstanceOf(GuardResult.Blocked.class);
        assertThat(g.admit(Sends.marketing("a", Sends.HOOK), T0.plus(Duration.ofDays(7))).allowed()).isTrue();
    }

    @Test
    void transactionalMessagesAreNeitherCappedNorCounted() {
        SendGuards g = guards(FrequencyCap.acrossChannels(FrequencyCap.Window.DAY, 1));
        for (int i = 0; i < 5; i++) {
            assertThat(g.admit(Sends.transactional("a", Sends.EMAIL), T0.plusSeconds(i)).allowed()).isTrue();
        }
        assertThat(g.admit(Sends.marketing("a", Sends.EMAIL), T0.plusSeconds(10)).allowed()).isTrue();
    }

    @Test
    void aBlockedSendIsNotCounted() {
        SendGuards g = guards(FrequencyCap.perChannel(Sends.EMAIL, FrequencyCap.Window.DAY, 1),
                FrequencyCap.acrossChannels(FrequencyCap.Window.DAY, 2));
        g.admit(Sends.marketing("a", Sends.EMAIL), T0);
        g.admit(Sends.marketing("a", Sends.EMAIL), T0.plusSeconds(1)); // blocked by the e-mail cap
        assertThat(g.admit(Sends.marketing("a", Sends.HOOK), T0.plusSeconds(2)).allowed()).isTrue();
    }
}
