package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.testkit.EventBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Durable on return": appends acknowledged before a kill -9 are all there after reopening, exactly once. */
class DuckDbCrashTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedAppendSurvivesAKill() throws Exception {
        Path file = dir.resolve("events.duckdb");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), AppendAndDie.class.getName(), file.toString())).start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < 30 && (line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.strip());
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no checkpoint
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("the child appended").isEqualTo(30);

        try (EventLog log = DuckDbEventLog.open(file)) {
            long stored = log.stats().total();
            assertThat(stored).isGreaterThanOrEqualTo(31 * 100L).isEqualTo(stored / 100 * 100);
            assertThat(log.append(List.of(EventBuilder.view("u0", "sku-0").id("b30-0").build())))
                    .as("recovered ids are known").isEqualTo(new AppendResult(0, 1));
        }
    }
}
