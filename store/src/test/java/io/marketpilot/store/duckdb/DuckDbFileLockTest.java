package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.store.schema.StoreOpenException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process per events.duckdb: the second opener gets a message that says what to do, not a stack trace. */
class DuckDbFileLockTest {
    @TempDir
    Path dir;

    @Test
    void aFileHeldByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("events.duckdb");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), HoldEventLog.class.getName(), file.toString()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // skip JVM warnings
            }
            assertThat(line).as("the child opened the log").isEqualTo("ready");

            assertThatThrownBy(() -> DuckDbEventLog.open(file))
                    .isInstanceOf(StoreOpenException.class)
                    .hasMessageStartingWith(file.toAbsolutePath() + " is in use by another process (PID " + holder.pid() + ")")
                    .hasMessageEndingWith("; stop the other MarketPilot (serve/demo) or use another --data-dir");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        DuckDbEventLog.open(file).close();
    }

    @Test
    @SuppressWarnings("try") // the open resource is the point
    void aSecondLogOnTheSameFileInThisProcessIsRefused() {
        Path file = dir.resolve("events.duckdb");
        try (DuckDbEventLog first = DuckDbEventLog.open(file)) {
            assertThatThrownBy(() -> DuckDbEventLog.open(file))
                    .isInstanceOf(StoreOpenException.class)
                    .hasMessageContaining("is already open in this process");
        }
        DuckDbEventLog.open(file).close();
    }
}
