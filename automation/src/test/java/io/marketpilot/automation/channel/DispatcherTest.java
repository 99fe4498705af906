package io.marketpilot.automation.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.guard.ConsentGuard;
import io.marketpilot.automation.guard.FrequencyCap;
import io.marketpilot.automation.guard.FrequencyCapGuard;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.guard.QuietHoursGuard;
import io.marketpilot.automation.guard.SendGuards;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.testkit.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private final SimulatedClock clock = new SimulatedClock(TestContexts.T0);
    private final OutboxStore outbox = new InMemoryOutboxStore();
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final RetryPolicy retry = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(5));

    private Dispatcher dispatcher(Channel channel, SendGuards guards) {
        return new Dispatcher(outbox, n -> n.equals(channel.name()) ? Optional.of(channel) : Optional.empty(), guards,
                retry, clock, events::addAll);
    }

    private static Message message(String key, String channel, String customer) {
        return new Message(key, ChannelName.of(channel), UserId.of(customer), Purpose.MARKETING, "t", "en", Map.of());
    }

    @Test
    void recordsADecisionOnceAndSendsIt() {
        ScriptedChannel hook = new ScriptedChannel("hook");
        Dispatcher d = dispatcher(hook, new SendGuards(List.of()));
        assertThat(d.enqueue(message("k1", "hook", "ann"))).isTrue();
        assertThat(d.enqueue(message("k1", "hook", "ann"))).as("same decision again").isFalse();
        assertThat(d.runDue(100).sent()).isEqualTo(1);
        assertThat(d.runDue(100).total()).isZero();
        assertThat(hook.deliveries).containsExactly("k1");
        assertThat(d.entry("k1").orElseThrow().status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.MESSAGE_SENT);
            assertThat(e.id().value()).isEqualTo("message_sent:k1");
        });
    }

    @Test
    void retriesWithExponentialBackoffThenDeadLetters() {
        SendResult down = new SendResult.Failed("http 503", true);
        ScriptedChannel hook = new ScriptedChannel("hook").then(down, down, down);
        Dispatcher d = dispatcher(hook, new SendGuards(List.of()));
        d.enqueue(message("k1", "hook", "ann"));
        assertThat(d.runDue(10).retrying()).isEqualTo(1);
        assertThat(d.entry("k1").orElseThrow().due()).isEqualTo(TestContexts.T0.plusSeconds(10));
        clock.advance(Duration.ofSeconds(9));
        assertThat(d.runDue(10).total()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(d.runDue(10).retrying()).isEqualTo(1);
        assertThat(d.entry("k1").orElseThrow().due()).isEqualTo(TestContexts.T0.plusSeconds(10 + 20));
        clock.advance(Duration.ofSeconds(20));
        assertThat(d.runDue(10).dead()).isEqualTo(1);
        OutboxEntry dead = d.entry("k1").orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboxEntry.Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.detail()).isEqualTo("http 503");
        assertThat(d.list(ChannelName.of("hook"), OutboxEntry.Status.DEAD, 10)).hasSize(1);
        assertThat(d.requeue("k1")).isTrue();
        assertThat(d.runDue(10).sent()).as("receiver fixed").isEqualTo(1);
    }

    @Test
    void aFinalFailureDeadLettersAtOnce() {
        ScriptedChannel hook = new ScriptedChannel("hook").then(new SendResult.Failed("http 400", false));
        Dispatcher d = dispatcher(hook, new SendGuards(List.of()));
        d.enqueue(message("k1", "hook", "ann"));
        assertThat(d.runDue(10).dead()).isEqualTo(1);
    }

    @Test
    void aMessageToAnUnknownChannelIsDeadLettered() {
        Dispatcher d = dispatcher(new ScriptedChannel("hook"), new SendGuards(List.of()));
        d.enqueue(message("k1", "nowhere", "ann"));
        d.runDue(10);
        assertThat(d.entry("k1").orElseThrow().detail()).isEqualTo("no channel named nowhere is configured");
    }

    @Test
    void guardsDelayOrBlockBeforeTheFirstAttemptOnly() {
        ScriptedChannel hook = new ScriptedChannel("hook").then(new SendResult.Failed("http 503", true));
        SendGuards guards = new SendGuards(List.of(
                new ConsentGuard((c, t, p) -> !c.value().equals("nobody")),
                new FrequencyCapGuard(List.of(FrequencyCap.acrossChannels(FrequencyCap.Window.DAY, 1))),
                new QuietHoursGuard(LocalTime.of(21, 0), LocalTime.of(8, 0), c -> ZoneOffset.UTC)));
        Dispatcher d = dispatcher(hook, guards);
        clock.advance(Duration.ofHours(12)); // 22:00 UTC: quiet
        d.enqueue(message("k1", "hook", "ann"));
        d.enqueue(message("k2", "hook", "nobody"));
        Dispatcher.Pass night = d.runDue(10);
        assertThat(night.delayed()).isEqualTo(1);
        assertThat(night.blocked()).isEqualTo(1);
        assertThat(d.entry("k2").orElseThrow().detail()).isEqualTo("no email consent for marketing messages");
        assertThat(d.entry("k1").orElseThrow().due()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
        clock.advance(Duration.ofHours(10));
        assertThat(d.runDue(10).retrying()).isEqualTo(1); // admitted, then the receiver failed
        d.enqueue(message("k3", "hook", "ann"));
        clock.advance(Duration.ofSeconds(10));
        Dispatcher.Pass later = d.runDue(10);
        assertThat(later.sent()).as("the retry of k1 does not ask the cap again").isEqualTo(1);
        assertThat(later.blocked()).as("k3 is over the daily cap").isEqualTo(1);
        assertThat(hook.deliveries).containsExactly("k1");
    }

    @Test
    void outboxChannelMessagesWaitForPollAndAcknowledgement() {
        Channel box = new OutboxChannel(ChannelName.of("box"), io.marketpilot.automation.guard.ConsentTopic.SMS);
        Dispatcher d = dispatcher(box, new SendGuards(List.of()));
        d.enqueue(message("k1", "box", "ann"));
        d.enqueue(message("k2", "box", "ann"));
        assertThat(d.runDue(10).held()).isEqualTo(2);
        assertThat(d.held(ChannelName.of("box"), 10)).extracting(OutboxEntry::key).containsExactly("k1", "k2");
        assertThat(d.acknowledge(ChannelName.of("box"), "k1")).isTrue();
        assertThat(d.acknowledge(ChannelName.of("box"), "k1")).as("twice").isFalse();
        assertThat(d.held(ChannelName.of("box"), 10)).extracting(OutboxEntry::key).containsExactly("k2");
        assertThat(events).extracting(e -> e.id().value()).containsExactly("message_sent:k1", "message_delivered:k1");
    }
}
