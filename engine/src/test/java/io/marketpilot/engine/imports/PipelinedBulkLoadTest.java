package io.marketpilot.engine.imports;

import static io.marketpilot.testkit.EventBuilder.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.store.duckdb.DuckDbEventLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer pipeline over a real event log: totals across queued chunks, failures surfacing, time measured. */
class PipelinedBulkLoadTest {
    @TempDir
    Path dir;

    private static List<Event> chunk(int from, int n) {
        List<Event> out = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            out.add(view("u-" + (i % 50), "sku-" + (i % 70)).id("e-" + i).atSecond(i).build());
        }
        return out;
    }

    @Test
    void chunksAreAppendedInOrderAndTotalled() {
        try (DuckDbEventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            try (EventLog.BulkLoad bulk = log.bulkLoad(); PipelinedBulkLoad pipeline = new PipelinedBulkLoad(bulk)) {
                for (int c = 0; c < 7; c++) {
                    pipeline.add(chunk(c * 1_000, 1_000));
                }
                pipeline.add(chunk(3_500, 1_000)); // half of it repeats chunks 3 and 4
                AppendResult total = pipeline.drain();
                assertThat(total).isEqualTo(new AppendResult(7_000, 1_000));
                assertThat(pipeline.busyNanos()).isPositive();
                bulk.commit();
            }
            List<String> ids = new ArrayList<>();
            log.scan(EventQuery.all(), e -> ids.add(e.id().value()));
            assertThat(ids).hasSize(7_000).doesNotHaveDuplicates();
        }
    }

    /**
     * At most two chunks wait for the writer: a third {@code add} blocks until the writer takes one, and the time
     * it blocked is what {@code waitedNanos} reports. The writer is held by a gate in front of the real bulk load.
     */
    @Test
    void aThirdChunkWaitsForTheWriterAndTheWaitIsCounted() throws Exception {
        try (DuckDbEventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            try (EventLog.BulkLoad real = log.bulkLoad()) {
                CountDownLatch gate = new CountDownLatch(1);
                EventLog.BulkLoad gated = new EventLog.BulkLoad() {
                    @Override
                    public AppendResult add(List<Event> events) {
                        try {
                            gate.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return real.add(events);
                    }

                    @Override
                    public void commit() {
                        real.commit();
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                };
                try (PipelinedBulkLoad pipeline = new PipelinedBulkLoad(gated)) {
                    pipeline.add(chunk(0, 100));
                    pipeline.add(chunk(100, 100));
                    assertThat(pipeline.waitedNanos()).isZero();
                    Thread adder = new Thread(() -> pipeline.add(chunk(200, 100)), "third-chunk");
                    adder.start();
                    while (adder.getState() != Thread.State.WAITING) { // parked in the oldest chunk's Future.get
                        assertThat(adder.isAlive()).as("the third add returned while two chunks were in flight").isTrue();
                        Thread.onSpinWait();
                    }
                    long heldFrom = System.nanoTime();
                    Thread.sleep(20); // a wait long enough to be told apart from clock noise
                    long held = System.nanoTime() - heldFrom;
                    gate.countDown();
                    adder.join();
                    assertThat(pipeline.drain()).isEqualTo(new AppendResult(300, 0));
                    assertThat(pipeline.waitedNanos()).isGreaterThanOrEqualTo(held);
                }
                real.commit();
            }
            assertThat(log.stats().total()).isEqualTo(300);
        }
    }

    @Test
    void aFailedChunkSurfacesAndNothingIsStored() {
        try (DuckDbEventLog log = DuckDbEventLog.open(dir.resolve("events.duckdb"))) {
            EventLog.BulkLoad bulk = log.bulkLoad();
            PipelinedBulkLoad pipeline = new PipelinedBulkLoad(bulk);
            pipeline.add(chunk(0, 1_000));
            // a price beyond DECIMAL(18,4): the store refuses the chunk
            pipeline.add(List.of(view("u-1", "sku-1").id("bad").price("123456789012345678", "CNY").build()));
            pipeline.add(chunk(5_000, 1_000));
            assertThatThrownBy(() -> {
                pipeline.drain();
                pipeline.add(chunk(9_000, 10));
            }).hasMessageContaining("DECIMAL(18,4)");
            try {
                pipeline.close();
            } catch (RuntimeException expected) {
                // the chunk queued after the failed one fails as well
            }
            bulk.close();
            assertThat(log.stats().total()).isZero();
        }
    }
}
