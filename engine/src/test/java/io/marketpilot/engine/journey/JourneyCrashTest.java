package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable timers and exactly-once sends across kill -9 of a real JVM: 3,000 customers wait one hour in a journey
 * (entered in ten groups six simulated minutes apart). The test moves the file clock group by group; the child
 * moves the due runs and records their messages; three times the child is killed with SIGKILL — twice while the
 * previous group's messages are recorded but not yet delivered, once right after a group's timer transaction
 * committed and before its intents were performed — and a new one is started at the same simulated time. At the
 * end every customer has exactly one message, recorded at exactly their wake-up time. The state at each kill is
 * printed (a run on this machine: runs moved 1,800 / intents done 1,500 / messages 1,500 at the second kill).
 */
class JourneyCrashTest {
    static final int CUSTOMERS = 3_000;
    static final int STEPS = 10;

    @TempDir
    Path dir;

    @Test
    void everyWaitingCustomerProceedsOnTimeExactlyOnceDespiteKillNine() throws Exception {
        Path data = dir.resolve("data");
        Path clock = dir.resolve("clock");
        Files.createDirectories(data);
        FileClock.write(clock, DurabilityChild.T0);
        assertThat(child("setup", data, clock, Integer.toString(CUSTOMERS), Integer.toString(STEPS)).waitFor())
                .as(() -> log("setup")).isZero();
        Process child = child("run", data, clock);
        int kills = 0;
        List<String> killedAt = new ArrayList<>();
        for (int s = 0; s < STEPS; s++) {
            FileClock.write(clock, DurabilityChild.T0.plus(java.time.Duration.ofHours(1))
                    .plus(DurabilityChild.STEP.multipliedBy(s)));
            long target = (long) (s + 1) * CUSTOMERS / STEPS;
            if (s == 2 || s == 5 || s == 8) {
                if (s == 5) { // right after the group's timer transaction, before its intents are performed
                    long moved = (long) s * CUSTOMERS / STEPS;
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (count(data, "SELECT count(*) FROM journey_runs WHERE open = 0") <= moved
                            && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                } else {
                    Thread.sleep(5L + 35L * kills); // while the last group is still being delivered
                }
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
                child.waitFor(30, TimeUnit.SECONDS);
                kills++;
                killedAt.add("runs moved " + count(data, "SELECT count(*) FROM journey_runs WHERE open = 0")
                        + ", intents done " + count(data, "SELECT count(*) FROM journey_intents WHERE status = 'DONE'")
                        + ", messages " + count(data, "SELECT count(*) FROM outbox WHERE message_key LIKE 'durable:%'")
                        + ", held " + count(data, "SELECT count(*) FROM outbox WHERE status = 'HELD'"));
                child = child("run", data, clock);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (count(data, "SELECT count(*) FROM outbox WHERE message_key LIKE 'durable:%'") < target) {
                assertThat(System.nanoTime()).as("step %d done within 90 s", s).isLessThan(deadline);
                assertThat(child.isAlive()).as("the child runs").isTrue();
                Thread.sleep(20);
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child finishes").isTrue();
        assertThat(child.exitValue()).as(() -> log("run")).isZero();
        assertThat(kills).isEqualTo(3);

        assertThat(count(data, "SELECT count(*) FROM outbox WHERE message_key LIKE 'durable:%'")).isEqualTo(CUSTOMERS);
        assertThat(count(data, "SELECT count(DISTINCT user_id) FROM outbox WHERE message_key LIKE 'durable:%'"))
                .isEqualTo(CUSTOMERS);
        assertThat(count(data, "SELECT count(*) FROM outbox WHERE status = 'HELD'")).isEqualTo(CUSTOMERS);
        assertThat(count(data, "SELECT count(*) FROM journey_runs WHERE exit_reason = 'completed' AND open = 0"))
                .isEqualTo(CUSTOMERS);
        assertThat(count(data, "SELECT count(*) FROM journey_intents WHERE status = 'DONE'")).isEqualTo(CUSTOMERS);
        // on time: each message was recorded at its run's wake-up (entry + 1 h) on the simulated clock, not later
        assertThat(count(data, "SELECT count(*) FROM outbox o JOIN journey_runs r ON r.user_id = o.user_id"
                + " WHERE o.created_at = r.entered_at + 3600000")).isEqualTo(CUSTOMERS);
        System.out.println("journey crash test: state when killed " + killedAt + " (groups of " + CUSTOMERS / STEPS
                + ")");
    }

    private Process child(String mode, Path data, Path clock, String... more) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + dir.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), DurabilityChild.class.getName(), mode,
                data.toString(), clock.toString()));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "child-" + mode + ".log")))
                .start();
    }

    private String log(String mode) {
        try {
            return Files.readString(dir.resolve("child-" + mode + ".log"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("state.sqlite"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
