package io.marketpilot.store.duckdb;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventParser;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.validation.Validation;
import io.marketpilot.store.json.JsonCodec;
import io.marketpilot.testkit.RandomEvents;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: measures the event log once. Events come from a JSONL file (the demo shop's
 * {@code events.jsonl}, at least 1.35M lines) or, without an argument, from {@link RandomEvents}. Only the
 * store calls are timed; reading and parsing the events is not.
 *
 * <pre>
 * mvn -q -pl store test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp
 * java -Xmx2g --enable-native-access=ALL-UNNAMED -cp store/target/test-classes:store/target/classes:$(cat /tmp/cp) \
 *     io.marketpilot.store.duckdb.EventLogBench [events.jsonl] [work-dir]
 * </pre>
 */
public final class EventLogBench {
    private static final int TOTAL = 1_000_000;
    private static final int CHUNK = 10_000; // what the engine's import uses

    private final BufferedReader jsonl;
    private final RandomEvents random = new RandomEvents(1).users(10_000).items(5_000).spanSeconds(90L * 86_400);
    private final EventParser parser = new EventParser(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    private EventLogBench(BufferedReader jsonl) {
        this.jsonl = jsonl;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = args.length > 0 ? Files.newBufferedReader(Path.of(args[0])) : null;
        Path dir = Files.createTempDirectory(args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("java.io.tmpdir")), "event-log-bench");
        new EventLogBench(in).run(dir.resolve("events.duckdb"));
    }

    private void run(Path file) throws IOException {
        List<Event> firstChunk = null;
        List<List<Event>> smalls = new ArrayList<>();
        try (EventLog log = DuckDbEventLog.open(file)) {
            long inStore = 0;
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                for (int i = 0; i < TOTAL; i += CHUNK) {
                    List<Event> events = next(CHUNK);
                    firstChunk = firstChunk == null ? events : firstChunk;
                    long t = System.nanoTime();
                    load.add(events);
                    inStore += System.nanoTime() - t;
                }
                long t = System.nanoTime();
                load.commit();
                inStore += System.nanoTime() - t;
            }
            System.out.printf("bulk load of %,d events in chunks of %,d: %.2f s in store calls = %,.0f events/s%n",
                    TOTAL, CHUNK, inStore / 1e9, TOTAL / (inStore / 1e9));
            for (int b = 0; b < 300; b++) {
                smalls.add(next(1_000));
            }
            report("append(1,000 new events), 1M+ stored", repeat(300, b -> check(log.append(smalls.get(b)), 1_000, 0)));
            List<Event> old = firstChunk;
            report("append(1,000 bulk-loaded earlier), confirmed by query",
                    repeat(50, b -> check(log.append(old.subList(b * 100, b * 100 + 1_000)), 0, 1_000)));
            report("append(1,000 appended recently): a retried batch",
                    repeat(50, b -> check(log.append(smalls.get(250 + b)), 0, 1_000)));
            report("recent(user, 50)", repeat(100, b -> log.recent(UserId.of(String.format("u-%06d", b * 97)), 50)));
            long t = System.nanoTime();
            long[] n = {0};
            log.scan(EventQuery.all(), e -> n[0]++);
            System.out.printf("scan(all) in order: %,d events in %.2f s%n", n[0], (System.nanoTime() - t) / 1e9);
        }
        long t = System.nanoTime();
        try (EventLog log = DuckDbEventLog.open(file)) {
            System.out.printf("reopen with %,d events: %.0f ms; file %,d bytes%n", log.stats().total(),
                    (System.nanoTime() - t) / 1e6, Files.size(file));
        }
    }

    private List<Event> next(int n) throws IOException {
        if (jsonl == null) {
            return random.batch(n);
        }
        List<Event> out = new ArrayList<>(n);
        String line;
        while (out.size() < n && (line = jsonl.readLine()) != null) {
            if (parser.parse(JsonCodec.readObject(line)) instanceof Validation.Valid<Event> valid) {
                out.add(valid.value());
            }
        }
        return out;
    }

    private static void check(AppendResult r, int appended, int duplicates) {
        if (r.appended() != appended || r.duplicates() != duplicates) {
            throw new AssertionError("expected " + appended + " appended, " + duplicates + " duplicates; got " + r);
        }
    }

    private interface Step {
        void run(int i) throws IOException;
    }

    private static long[] repeat(int times, Step step) throws IOException {
        long[] out = new long[times];
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            step.run(i);
            out[i] = System.nanoTime() - t;
        }
        return out;
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n", what, s[s.length / 2] / 1e6,
                s[s.length * 9 / 10] / 1e6, s[Math.min(s.length - 1, s.length * 99 / 100)] / 1e6, s[s.length - 1] / 1e6,
                s.length);
    }
}
