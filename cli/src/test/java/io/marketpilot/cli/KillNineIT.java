package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: events acknowledged over HTTP survive a SIGKILL of the server, and replaying the batch that was
 * in flight at the kill stores nothing twice. Streams batches into {@code serve} (a separate JVM), kills it at
 * several points, restarts it on the same data, and finally counts every event id in the store.
 */
class KillNineIT {
    private static final String KEY = "kill-nine-it-admin-secret-7f3a9c";
    private static final int BATCH = 250;
    private static final int USERS = 997;
    /** Kill points: after this many acknowledged batches of a round, plus a delay that lands inside a request. */
    private static final int[] KILL_AFTER_BATCHES = {2, 9, 23, 5};
    private static final int[] KILL_DELAY_MILLIS = {0, 3, 11, 25};

    @TempDir
    Path dir;

    private final Instant base = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private long nextSeq;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void every_acknowledged_event_is_stored_exactly_once_after_sigkill() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("serve.log");
        List<Map<String, Object>> inFlight = List.of();
        for (int round = 0; round < KILL_AFTER_BATCHES.length; round++) {
            try (ServeProcess server = ServeProcess.start(data, KEY, log)) {
                ApiClient client = new ApiClient(server.url(), KEY);
                replay(client, inFlight, server);
                inFlight = streamUntilKilled(client, server, KILL_AFTER_BATCHES[round], KILL_DELAY_MILLIS[round]);
            }
        }
        try (ServeProcess server = ServeProcess.start(data, KEY, log)) {
            replay(new ApiClient(server.url(), KEY), inFlight, server);
            assertThat(server.stop()).as("exit code after SIGTERM").isIn(0, 130, 143);
        }

        Map<String, Integer> stored = storedEventIds(data);
        assertThat(acknowledged).hasSizeGreaterThan(BATCH * KILL_AFTER_BATCHES.length);
        assertThat(stored.entrySet().stream().filter(e -> e.getValue() != 1).toList()).as("ids stored more than once").isEmpty();
        assertThat(stored.keySet()).as("stored ids").containsExactlyInAnyOrderElementsOf(acknowledged);
        try (Engine engine = Engine.open(EngineConfig.at(data), Clock.systemUTC())) {
            assertThat(engine.stats().events().total()).isEqualTo(acknowledged.size());
        }
    }

    /** Streams batches from a client thread until the server is killed; returns the batch that was in flight. */
    private List<Map<String, Object>> streamUntilKilled(ApiClient client, ServeProcess server, int killAfter,
                                                        int delayMillis) throws Exception {
        AtomicInteger batches = new AtomicInteger();
        AtomicReference<List<Map<String, Object>>> inFlight = new AtomicReference<>(List.of());
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        Thread streamer = new Thread(() -> {
            while (true) {
                List<Map<String, Object>> batch = nextBatch();
                inFlight.set(batch);
                ApiClient.Response r;
                try {
                    r = client.post(ApiRoutes.EVENTS, ApiRoutes.eventBatch(batch));
                } catch (IOException killed) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!r.ok() || ApiRoutes.acknowledged(r) != batch.size()) {
                    unexpected.set(new AssertionError("batch not fully acknowledged: " + r.status() + " " + r.body()));
                    return;
                }
                batch.forEach(e -> acknowledged.add((String) e.get("event_id")));
                inFlight.set(List.of());
                batches.incrementAndGet();
            }
        }, "kill-nine-streamer");
        streamer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (batches.get() < killAfter && streamer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(delayMillis);
        server.kill();
        streamer.join(TimeUnit.SECONDS.toMillis(60));
        if (unexpected.get() != null) {
            throw new AssertionError(server.diagnostics(), unexpected.get());
        }
        assertThat(batches.get()).as("batches acknowledged before the kill").isGreaterThanOrEqualTo(killAfter);
        System.out.printf("killed after %d acknowledged batches; %d events in flight%n", batches.get(), inFlight.get().size());
        return inFlight.get();
    }

    /** Sends the batch that was in flight at the kill again: it must be accepted whole, none of it twice. */
    private void replay(ApiClient client, List<Map<String, Object>> batch, ServeProcess server) throws Exception {
        if (batch.isEmpty()) {
            return;
        }
        ApiClient.Response r = client.post(ApiRoutes.EVENTS, ApiRoutes.eventBatch(batch));
        assertThat(r.ok()).as("replay answered %s %s%n%s", r.status(), r.body(), server.diagnostics()).isTrue();
        assertThat(ApiRoutes.acknowledged(r)).as(r.body()).isEqualTo(batch.size());
        System.out.println("replayed the in-flight batch: " + r.body().substring(0, Math.min(120, r.body().length())));
        batch.forEach(e -> acknowledged.add((String) e.get("event_id")));
    }

    private List<Map<String, Object>> nextBatch() {
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            long seq = nextSeq++;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("event_id", "kn-" + seq);
            e.put("type", seq % 10 == 0 ? "add_to_cart" : "view");
            e.put("user_id", "kn-u" + (seq % USERS));
            e.put("item_id", "kn-i" + (seq % 50));
            // one event per user every USERS seconds: far below the bot rule
            e.put("timestamp", base.plusSeconds(seq).toString());
            batch.add(e);
        }
        return batch;
    }

    private static Map<String, Integer> storedEventIds(Path data) {
        Map<String, Integer> count = new HashMap<>();
        try (Engine engine = Engine.open(EngineConfig.at(data), Clock.systemUTC())) {
            for (int u = 0; u < USERS; u++) {
                for (Event e : engine.recentEvents(UserId.of("kn-u" + u), 100_000)) {
                    count.merge(e.id().value(), 1, Integer::sum);
                }
            }
        }
        return count;
    }
}
