package io.marketpilot.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that stops in the middle (here the progress callback throws after several chunks have reached the
 * writer thread, as an interrupted CLI would) leaves nothing behind: no event stored, none remembered as seen,
 * also after a reopen, and the writer is free for the next import, which then stores every row exactly once.
 */
class ImportAbortTest {
    private static final int ROWS = 65_000;
    private static final long ABORT_AT = 40_000;

    @TempDir
    Path dir;

    @Test
    void anImportStoppedHalfwayLeavesNothingAndTheRerunStoresEveryRowOnce() throws IOException {
        Path input = validEvents();
        Path data = dir.resolve("data");
        try (Engine engine = Engine.open(EngineConfig.at(data), ImportJobTest.CLOCK)) {
            ProgressSink stopHalfway = (stage, done, total) -> {
                if (done >= ABORT_AT) {
                    throw new IllegalStateException("stopped at row " + done);
                }
            };
            assertThatThrownBy(() -> engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", false),
                    stopHalfway)).hasMessageContaining("stopped at row " + ABORT_AT);
            assertThat(engine.stats().events().total()).isZero();
        }
        try (Engine engine = Engine.open(EngineConfig.at(data), ImportJobTest.CLOCK)) {
            assertThat(engine.stats().events().total()).isZero();
            ImportReport rerun = engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", false),
                    ProgressSink.NONE);
            assertThat(rerun.committed()).isTrue();
            // none of the aborted rows counts as a duplicate: the aborted load left no ids behind
            assertThat(rerun.eventsAccepted()).isEqualTo(ROWS);
            assertThat(rerun.eventDuplicates()).isZero();
            assertThat(engine.stats().events().total()).isEqualTo(ROWS);
        }
    }

    @Test
    void theSameEngineImportsAgainAfterAnAbort() throws IOException {
        Path input = validEvents();
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), ImportJobTest.CLOCK)) {
            assertThatThrownBy(() -> engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", false),
                    (stage, done, total) -> {
                        if (done >= ABORT_AT) {
                            throw new IllegalStateException("stop");
                        }
                    })).hasMessage("stop");
            ImportReport rerun = engine.importFile(new ImportRequest(ImportKind.EVENTS, input, "csv", false),
                    ProgressSink.NONE);
            assertThat(rerun.eventsAccepted()).isEqualTo(ROWS);
            assertThat(engine.stats().events().total()).isEqualTo(ROWS);
        }
    }

    /** {@value #ROWS} valid purchase/view rows with distinct ids, spread over a few users and days. */
    private Path validEvents() throws IOException {
        Path f = dir.resolve("in").resolve("events.csv");
        Files.createDirectories(f.getParent());
        try (Writer out = Files.newBufferedWriter(f)) {
            out.write("event_id,type,user_id,item_id,timestamp,quantity\n");
            for (int i = 0; i < ROWS; i++) {
                // one event per user per 10 minutes: far below any bot rate
                long minute = (i / 1_000) * 10L;
                out.write("e" + i + "," + (i % 7 == 0 ? "purchase" : "view") + ",u" + (i % 1_000) + ",sku-" + (i % 97)
                        + "," + java.time.Instant.parse("2026-09-01T00:00:00Z").plusSeconds(minute * 60 + i % 1_000)
                        + ",1\n");
            }
        }
        return f;
    }
}
