package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.store.EventStats;
import io.marketpilot.testkit.EventAssertions;
import io.marketpilot.testkit.RandomEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** Idempotency as a property: appending any batch again, in any order, leaves the log exactly as it was. */
class EventLogProperties {
    private Path dir;
    private DuckDbEventLog log;

    @BeforeProperty
    void open() throws IOException {
        dir = Files.createTempDirectory("event-log-properties");
        log = DuckDbEventLog.open(dir.resolve("events.duckdb"));
    }

    @AfterProperty
    void close() throws IOException {
        log.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 40)
    void appendingABatchAgainChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int size,
                                            @ForAll @IntRange(min = 0, max = 30) int repeats) {
        List<Event> batch = new ArrayList<>(new RandomEvents(seed).spanSeconds(3_600).batch(size));
        Random random = new Random(seed);
        for (int i = 0; i < repeats; i++) { // duplicates inside the batch itself
            batch.add(batch.get(random.nextInt(size)));
        }
        AppendResult first = log.append(batch);
        EventStats stats = log.stats();
        List<Event> content = scanAll();

        Collections.shuffle(batch, random);
        AppendResult again = log.append(batch);

        assertThat(first.appended() + first.duplicates()).isEqualTo(size + repeats);
        assertThat(again).isEqualTo(new AppendResult(0, size + repeats));
        assertThat(log.stats()).isEqualTo(stats);
        EventAssertions.assertSameEvents(scanAll(), content);
    }

    private List<Event> scanAll() {
        List<Event> out = new ArrayList<>();
        log.scan(EventQuery.all(), out::add);
        return out;
    }
}
