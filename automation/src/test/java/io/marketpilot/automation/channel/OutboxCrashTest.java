package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.guard.SendGuards;
import io.marketpilot.core.id.UserId;
import io.marketpilot.testkit.SimulatedClock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Crashes at each point of decide → record → send → mark, then recovery by a fresh dispatcher over the same
 * outbox (what a restarted engine does): no message is skipped and the receiver, dropping repeated idempotency
 * keys, gets each exactly once. The engine runs the same scenario on the SQLite outbox.
 */
class OutboxCrashTest {
    private final SimulatedClock clock = new SimulatedClock(TestContexts.T0);
    private final OutboxStore outbox = new InMemoryOutboxStore();
    private final ScriptedChannel hook = new ScriptedChannel("hook");

    private Dispatcher restart() {
        return new Dispatcher(outbox, n -> Optional.of(hook), new SendGuards(List.of()), RetryPolicy.DEFAULT, clock,
                e -> { });
    }

    private static Message message(String key) {
        return new Message(key, ChannelName.of("hook"), UserId.of("ann"), Purpose.MARKETING, "t", "en", Map.of());
    }

    @Test
    void aCrashAfterRecordingNeverSkips() {
        restart().enqueue(message("k1"));
        // crash: the process dies before sending
        Dispatcher recovered = restart();
        assertThat(recovered.enqueue(message("k1"))).as("the journey decides again after restart").isFalse();
        recovered.runDue(10);
        assertThat(hook.deliveries).containsExactly("k1");
    }

    @Test
    void aCrashBetweenSendingAndMarkingNeverSendsTwice() {
        Dispatcher first = restart();
        for (int i = 0; i < 5; i++) {
            first.enqueue(message("k" + i));
        }
        hook.crashAfterDelivery = true;
        assertThatThrownBy(() -> first.runDue(10)).isInstanceOf(ScriptedChannel.Crash.class);
        assertThat(hook.deliveries).containsExactly("k0");
        assertThat(outbox.get("k0").orElseThrow().status()).as("not marked").isEqualTo(OutboxEntry.Status.PENDING);

        hook.crashAfterDelivery = false;
        Dispatcher recovered = restart();
        assertThat(recovered.runDue(10).sent()).isEqualTo(5);
        assertThat(hook.deliveries).as("k0 went out again with its key").containsExactly("k0", "k0", "k1", "k2", "k3", "k4");
        assertThat(hook.distinctDeliveries()).containsExactly("k0", "k1", "k2", "k3", "k4");
        assertThat(outbox.due(clock.instant().plusSeconds(86_400), 10)).isEmpty();
        assertThat(recovered.runDue(10).total()).isZero();
    }
}
