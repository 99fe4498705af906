package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.testkit.EventBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All or nothing across a crash: a process killed (kill -9) in the middle of a bulk load, after DuckDB has
 * already written some of its row groups into the file, leaves none of its rows behind and none of its ids
 * remembered; what was committed before is all there, and the log takes the same rows again.
 */
class DuckDbBulkLoadCrashTest {
    @TempDir
    Path dir;

    @Test
    void aKillDuringABulkLoadLeavesNothingOfIt() throws Exception {
        Path file = dir.resolve("events.duckdb");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), BulkLoadAndDie.class.getName(), file.toString())).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; !said.contains("loading") && (line = out.readLine()) != null; ) {
                said.add(line.strip());
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no rollback, no shutdown hook, no checkpoint
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(said).as("the child got into its bulk load").containsExactly("committed", "loading");

        try (EventLog log = DuckDbEventLog.open(file)) {
            assertThat(log.stats().total()).isEqualTo(BulkLoadAndDie.COMMITTED);
            assertThat(log.append(List.of(EventBuilder.view("u0", "sku-0").id("a-0").build())))
                    .as("the committed ids are known").isEqualTo(new AppendResult(0, 1));
            assertThat(log.append(List.of(EventBuilder.view("u0", "sku-0").id("b0-0").build())))
                    .as("the bulk load's ids are not").isEqualTo(new AppendResult(1, 0));
            assertThat(log.stats().total()).isEqualTo(BulkLoadAndDie.COMMITTED + 1);
        }
    }
}
