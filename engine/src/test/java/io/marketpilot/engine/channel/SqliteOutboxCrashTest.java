package io.marketpilot.engine.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.automation.channel.Channel;
import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.Dispatcher;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.channel.RetryPolicy;
import io.marketpilot.automation.channel.SendResult;
import io.marketpilot.automation.guard.ConsentTopic;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.automation.guard.SendGuards;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox on a real state.sqlite: the process "dies" (an Error thrown right after a delivery, then every
 * connection closed) in the middle of a batch; a new process opens the same files and delivers the rest. Nothing
 * is skipped, and the receiver, dropping repeated idempotency keys, has each message exactly once.
 */
class SqliteOutboxCrashTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final List<String> received = new CopyOnWriteArrayList<>();

    /** Stands for the process dying. */
    static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private Channel receiver(int crashAfter) {
        return new Channel() {
            int sent;

            @Override
            public ChannelName name() {
                return ChannelName.of("hook");
            }

            @Override
            public String type() {
                return "webhook";
            }

            @Override
            public ConsentTopic topic() {
                return ConsentTopic.PUSH;
            }

            @Override
            public SendResult send(Message m) {
                received.add(m.key());
                if (++sent == crashAfter) {
                    throw new Crash();
                }
                return new SendResult.Sent("ok");
            }
        };
    }

    private record Process(EmbeddedStores stores, StateDatabase db, Dispatcher dispatcher) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
            stores.close();
        }
    }

    private Process start(Channel channel) {
        EmbeddedStores stores = EmbeddedStores.open(dir, clock);
        StateDatabase db = StateDatabase.open(dir.resolve(EmbeddedStores.STATE_FILE));
        return new Process(stores, db, new Dispatcher(new SqliteOutboxStore(db), n -> Optional.of(channel),
                new SendGuards(List.of()), RetryPolicy.DEFAULT, clock, e -> { }));
    }

    private static Message message(int i) {
        return new Message("journey:cart:v1:c" + i + ":remind", ChannelName.of("hook"), UserId.of("c" + i),
                Purpose.MARKETING, "abandoned_cart", "en", Map.of("n", i));
    }

    @Test
    void aCrashMidBatchNeitherSkipsNorDuplicates() {
        try (Process first = start(receiver(37))) {
            for (int i = 0; i < 100; i++) {
                first.dispatcher().enqueue(message(i));
            }
            assertThatThrownBy(() -> first.dispatcher().runDue(1_000)).isInstanceOf(Crash.class);
        }
        assertThat(received).hasSize(37);
        try (Process second = start(receiver(-1))) {
            for (int i = 0; i < 100; i++) {
                assertThat(second.dispatcher().enqueue(message(i))).as("decided again after restart").isFalse();
            }
            assertThat(second.dispatcher().runDue(1_000).sent()).isEqualTo(64); // the 37th again, and 63 never sent
            assertThat(second.dispatcher().list(ChannelName.of("hook"), OutboxEntry.Status.SENT, 1_000)).hasSize(100);
            assertThat(second.dispatcher().runDue(1_000).total()).isZero();
        }
        assertThat(received).hasSize(101);
        assertThat(new LinkedHashSet<>(received)).hasSize(100);
    }

    @Test
    void entriesSurviveARestartWithTheirState() {
        try (Process first = start(receiver(-1))) {
            first.dispatcher().enqueue(message(1));
            first.dispatcher().runDue(10);
        }
        try (Process second = start(receiver(-1))) {
            OutboxEntry e = second.dispatcher().entry(message(1).key()).orElseThrow();
            assertThat(e.status()).isEqualTo(OutboxEntry.Status.SENT);
            assertThat(e.message()).isEqualTo(message(1));
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.doneAt()).isEqualTo(clock.instant());
        }
    }
}
