package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config check} and {@code config show} as a user runs them, and a bad file stopping every command. */
class ConfigCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkAcceptsAValidFileAndSummarisesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("shop.yaml"), "server:\n  port: 9000\n");
        CliResult r = CliResult.run("config", "check", "--config", file.toString(), "--data-dir", dir.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("ok: " + file).contains("1 from the file");
    }

    @Test
    void checkListsEveryProblemAndExitsOne() throws Exception {
        Path file = Files.writeString(dir.resolve("shop.yaml"), """
                messaging:
                  caps:
                    - {per: day, max: 2}
                    - {per: fortnight, max: 2}
                nlp:
                  encoder: {varient: fp32}
                """);
        CliResult r = CliResult.run("config", "check", "--config", file.toString(), "--data-dir", dir.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("the configuration has 2 problems (nothing was started):")
                .contains(file + ":4 messaging.caps[1].per: expected one of day|week|month, found 'fortnight'")
                .contains(file + ":6 nlp.encoder.varient: unknown key; did you mean 'variant'?")
                .contains("marketpilot config check")
                .doesNotContain("--verbose");
    }

    @Test
    void aMissingNamedFileIsAnEnvironmentProblem() {
        CliResult r = CliResult.run("config", "check", "--config", dir.resolve("nope.yaml").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("nope.yaml").contains("no such configuration file");
    }

    @Test
    void showAnnotatesEachValueWithItsOrigin() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("marketpilot.yaml"), "server:\n  port: 9000\n");
        CliResult r = CliResult.run("config", "show", "--data-dir", data.toString(), "--retrain-every", "6h");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("  port: 9000 +# .*data/marketpilot.yaml:2\n")
                .containsPattern("  retrain_every: 6h +# flag --retrain-every\n")
                .containsPattern("  variant: int8 +# default\n");
    }

    @Test
    void aBadFileStopsACommandBeforeItCreatesAnything() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "ingest:\n  max_batch: -1\n");
        Path csv = Files.writeString(dir.resolve("events.csv"), "event_id,type,user_id,item_id,timestamp\n"
                + "e1,view,u1,i1,2026-10-01T10:00:00Z\n");
        Path data = dir.resolve("data");
        CliResult r = CliResult.run("import", "events", csv.toString(), "--data-dir", data.toString(),
                "--config", file.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(file + ":2 ingest.max_batch: expected a whole number from 1 to 1,000,000,"
                + " found '-1'");
        assertThat(data).doesNotExist();
    }

    @Test
    void setOverridesAnyKeyForOneRun() {
        CliResult r = CliResult.run("config", "show", "--data-dir", dir.toString(), "--set", "server.port=9100",
                "--set", "messaging.caps=[{per: day, max: 1}]");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("  port: 9100 +# flag --set server.port\n")
                .containsPattern("  caps: \\[\\{per: day, max: 1}] +# flag --set messaging.caps\n");

        CliResult typo = CliResult.run("config", "check", "--data-dir", dir.toString(), "--set", "server.prot=1");
        assertThat(typo.code()).as(typo.toString()).isEqualTo(1);
        assertThat(typo.err()).contains("flag --set server.prot server.prot: unknown key; did you mean 'server.port'?");

        CliResult malformed = CliResult.run("config", "check", "--data-dir", dir.toString(), "--set", "server.port");
        assertThat(malformed.code()).as(malformed.toString()).isEqualTo(2);
        assertThat(malformed.err()).contains("--set: expected KEY=VALUE");
    }
}
