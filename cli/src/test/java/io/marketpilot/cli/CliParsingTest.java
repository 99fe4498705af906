package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliParsingTest {
    @TempDir
    Path dir;

    @Test
    void no_command_is_a_usage_error() {
        CliResult r = CliResult.run();
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("Missing a command").contains("marketpilot --help");
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_a_suggestion() {
        CliResult r = CliResult.run("imprt");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("marketpilot import");
    }

    @Test
    void an_unknown_import_kind_names_the_accepted_ones() {
        CliResult r = CliResult.run("import", "orders", "x.csv");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("expected events, items or customers, found \"orders\"")
                .contains("marketpilot import --help");
    }

    @Test
    void an_unknown_format_names_the_accepted_ones() throws Exception {
        Path file = Files.writeString(dir.resolve("e.csv"), "type\n");
        CliResult r = CliResult.run("import", "events", file.toString(), "--format", "xml", "--data-dir", dir.resolve("d").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--format: expected one of auto, csv, tsv, jsonl").contains("found \"xml\"");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void a_missing_import_file_is_a_usage_error() {
        CliResult r = CliResult.run("import", "events", dir.resolve("nope.csv").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void a_missing_required_option_is_a_usage_error() {
        CliResult r = CliResult.run("keys", "create", "--name", "ci");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--role=ROLE'");
    }

    @Test
    void an_unknown_role_is_a_usage_error() {
        CliResult r = CliResult.run("keys", "create", "--name", "ci", "--role", "root");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("expected admin, ingest or read, found \"root\"");
    }

    @Test
    void recommend_needs_exactly_one_of_user_and_item() {
        assertThat(CliResult.run("recommend").code()).isEqualTo(2);
        CliResult both = CliResult.run("recommend", "--user", "u1", "--item", "i1");
        assertThat(both.code()).as(both.toString()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void a_bad_number_is_a_usage_error() {
        CliResult r = CliResult.run("serve", "--port", "eighty");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("'--port'").contains("eighty");
    }

    @Test
    void read_commands_on_a_missing_data_dir_are_an_environment_problem() {
        CliResult r = CliResult.run("stats", "--data-dir", dir.resolve("absent").toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("no MarketPilot data at");
        assertThat(dir.resolve("absent")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "serve", "import", "stats", "train", "recommend", "keys", "keys create",
        "keys list", "keys revoke"})
    void every_command_has_help(String command) {
        String[] args = (command + " --help").strip().split(" ");
        CliResult r = CliResult.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: marketpilot");
    }

    @Test
    void version_names_the_product_and_the_jvm() {
        CliResult r = CliResult.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("marketpilot 0.").contains("Java ");
    }
}
