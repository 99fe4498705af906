package io.marketpilot.testkit;

import static io.marketpilot.testkit.EventAssertions.assertSameEvents;
import static io.marketpilot.testkit.EventAssertions.ids;
import static io.marketpilot.testkit.EventBuilder.T0;
import static io.marketpilot.testkit.EventBuilder.anonymousView;
import static io.marketpilot.testkit.EventBuilder.purchase;
import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventStats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EventLog}: every implementation's test extends this and implements
 * {@link #open(java.nio.file.Path)}. Covers round trips, idempotency, atomicity, durability across reopen
 * and concurrency here, and reads in {@link EventLogReadContract}. Timestamps are checked to the microsecond.
 */
public abstract class EventLogContract extends EventLogReadContract {

    @Test
    void everyFieldRoundTrips() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("zeta", List.of(1, "two", 3.5, true));
        nested.put("alpha", null);
        nested.put("inner", Map.of("deep", Map.of("deeper", "价格")));
        Event full = purchase("u-1", "sku-🚀", "1234567.8912").id("full").at(T0.plusNanos(123_456_000))
                .quantity(3).session("s-9").withContext("channel", "app").withContext("geo", Map.of("city", "Zürich"))
                .withProperty("int", 42).withProperty("long", 9_007_199_254_740_993L).withProperty("double", 0.1)
                .withProperty("exact", new BigDecimal("0.10000000000000000000001"))
                .withProperty("huge", new BigInteger("123456789012345678901234567890"))
                .withProperty("text", "naïve \"quoted\" 茶 \n line").withProperty("nested", nested)
                .withExtra("utm_source", "newsletter").withExtra("unknown_flag", false).build();
        Event minimal = anonymousView("anon-1", "sku-1").id("minimal").build();
        Event noItem = EventBuilder.event(EventType.IDENTIFY, "u-2", null).id("no-item").anonymous("anon-2").bot().build();

        log.append(List.of(full, minimal, noItem));

        assertSameEvents(scanAll(), List.of(minimal, noItem, full));
        assertSameEvents(reopen().recent(full.userId(), 1), List.of(full));
        assertThat(scanAll().get(2).properties().keySet()).as("key order")
                .containsExactly("int", "long", "double", "exact", "huge", "text", "nested");
    }

    @Test
    void appendingTheSameBatchAgainStoresNothingNew() {
        List<Event> batch = new RandomEvents(1).batch(200);

        assertThat(log.append(batch)).isEqualTo(new AppendResult(200, 0));
        assertThat(log.append(batch)).isEqualTo(new AppendResult(0, 200));
        assertThat(log.stats().total()).isEqualTo(200);
    }

    @Test
    void duplicatesWithinOneBatchAreStoredOnceKeepingTheFirst() {
        Event first = view("u1", "a").id("same").build();
        Event second = view("u1", "b").id("same").build();

        AppendResult result = log.append(List.of(first, second, view("u1", "c").id("other").build()));

        assertThat(result).isEqualTo(new AppendResult(2, 1));
        assertThat(scanAll()).extracting(e -> e.itemId().value()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void aStoredIdKeepsItsFirstVersion() {
        log.append(List.of(view("u1", "a").id("e1").build()));

        AppendResult again = log.append(List.of(purchase("u9", "z", "1").id("e1").build(), view("u1", "b").build()));

        assertThat(again).isEqualTo(new AppendResult(1, 1));
        assertThat(scanAll()).filteredOn(e -> e.id().value().equals("e1")).singleElement()
                .satisfies(e -> assertThat(e.itemId().value()).isEqualTo("a"));
    }

    @Test
    void anEmptyBatchAppendsNothing() {
        assertThat(log.append(List.of())).isEqualTo(AppendResult.NONE);
        assertThat(log.stats().total()).isZero();
    }

    @Test
    void aBulkLoadBecomesVisibleOnlyOnCommit() {
        log.append(List.of(view("u1", "a").id("stored").build()));
        try (EventLog.BulkLoad load = log.bulkLoad()) {
            assertThat(load.add(List.of(view("u1", "b").id("b1").build(), view("u1", "c").id("stored").build())))
                    .isEqualTo(new AppendResult(1, 1));
            assertThat(load.add(List.of(view("u1", "d").id("b1").build(), view("u1", "e").id("b2").build())))
                    .as("duplicates of earlier chunks count").isEqualTo(new AppendResult(1, 1));
            assertThat(log.stats().total()).as("invisible before commit").isEqualTo(1);
            load.commit();
        }

        assertThat(ids(scanAll())).containsExactlyInAnyOrder("stored", "b1", "b2");
        assertThat(reopen().stats().total()).isEqualTo(3);
    }

    @Test
    void aBulkLoadClosedWithoutCommitLeavesNothing() {
        List<Event> events = new RandomEvents(2).batch(300);
        try (EventLog.BulkLoad load = log.bulkLoad()) {
            load.add(events.subList(0, 150));
            load.add(events.subList(150, 300));
        }

        assertThat(log.stats().total()).isZero();
        assertThat(log.append(events)).as("the ids were never stored").isEqualTo(new AppendResult(300, 0));
    }

    @Test
    void aFailedBulkLoadLeavesNothingAndTheLogStaysUsable() {
        List<Event> events = new RandomEvents(3).batch(100);
        assertThatThrownBy(() -> {
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                load.add(events);
                throw new IllegalStateException("import failed half-way");
            }
        }).hasMessage("import failed half-way");

        assertThat(log.stats().total()).isZero();
        assertThat(log.append(events.subList(0, 10))).isEqualTo(new AppendResult(10, 0));
    }

    @Test
    void reopeningKeepsEveryEventFlagAndId() {
        List<Event> batch = new RandomEvents(4).batch(500);
        log.append(batch);
        log.flagBots(List.of("u1"));
        List<Event> before = scanAll();
        EventStats stats = log.stats();

        reopen();

        assertSameEvents(scanAll(), before);
        assertThat(log.stats()).isEqualTo(stats);
        assertThat(log.append(batch)).as("ids survive reopening").isEqualTo(new AppendResult(0, 500));
        log.append(List.of(view("u1", "x").id("after-1").atSecond(1).build(), view("u1", "x").id("after-2").atSecond(1).build()));
        assertThat(ids(scanAll())).as("append order continues").containsSubsequence("after-1", "after-2");
    }

    @Test
    void concurrentAppendsStoreEachIdOnce() throws Exception {
        List<Event> pool = new RandomEvents(5).batch(3_000);
        int threads = 4;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AppendResult>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 500;
                results.add(executor.submit(() -> {
                    AppendResult sum = AppendResult.NONE;
                    for (int from = 0; from < 1_500; from += 100) {
                        sum = sum.plus(log.append(pool.subList(offset + from, offset + from + 100)));
                    }
                    return sum;
                }));
            }
            AppendResult total = AppendResult.NONE;
            for (Future<AppendResult> r : results) {
                total = total.plus(r.get(60, TimeUnit.SECONDS));
            }
            assertThat(total).as("threads overlap by 1,000 ids each").isEqualTo(new AppendResult(3_000, 3_000));
        } finally {
            executor.shutdownNow();
        }
        List<String> stored = ids(scanAll());
        assertThat(stored).hasSize(3_000).doesNotHaveDuplicates();
    }

    @Test
    void anAppendRacingABulkLoadStoresEachIdOnce() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<AppendResult> racing;
            try (EventLog.BulkLoad load = log.bulkLoad()) {
                load.add(List.of(view("u1", "a").id("x").build(), view("u1", "a").id("y").build()));
                racing = executor.submit(() -> log.append(List.of(view("u2", "a").id("x").build(),
                        view("u2", "a").id("z").build())));
                load.commit();
            }
            assertThat(racing.get(30, TimeUnit.SECONDS)).isEqualTo(new AppendResult(1, 1));
        } finally {
            executor.shutdownNow();
        }
        assertThat(ids(scanAll())).containsExactlyInAnyOrder("x", "y", "z");
    }

    @Test
    void idsAreCaseAndUnicodeExact() {
        Set<String> variants = new HashSet<>(Arrays.asList("Ab", "ab", "AB", "\u00e9", "e\u0301", "事件-1"));

        AppendResult result = log.append(variants.stream().map(id -> view("u1", "a").id(id).build()).toList());

        assertThat(result.appended()).isEqualTo(variants.size());
        assertThat(ids(scanAll())).containsExactlyInAnyOrderElementsOf(variants);
    }
}
