package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneysCommandTest {
    static final String BROKEN = """
            {"id": "broken", "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
             "steps": [
               {"id": "start", "type": "wait", "duration": "1h", "next": "mail"},
               {"id": "mail", "type": "send_message", "channel": "email", "template": "coupon",
                "data": {"coupon_code": "{{coupon_code}}"}, "next": "nowhere"},
               {"id": "odd", "type": "teleport"},
               {"id": "orphan", "type": "exit"}
             ],
             "re_entry": "sometimes"}
            """;

    static final String TAGGING = """
            {"id": "cart-tag", "name": "Tag cart abandoners",
             "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
             "steps": [
               {"id": "wait-1h", "type": "wait", "duration": "1h", "next": "tag"},
               {"id": "tag", "type": "set_trait", "trait": "abandoned_cart", "value": true, "next": "done"},
               {"id": "done", "type": "exit"}
             ],
             "exit_rules": [{"reason": "purchased", "event": {"type": "purchase"}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void validate_without_a_data_dir_prints_every_problem_with_its_json_path() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, BROKEN);

        CliResult r = CliResult.run("journeys", "validate", file.toString(), "--data-dir", dir.resolve("none").toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString())
                .contains("no data directory")
                .contains("$.steps[1].next: no step \"nowhere\"")
                .contains("$.steps[3]: step \"orphan\" is unreachable")
                .contains("$.steps[2].type: unknown step type \"teleport\"")
                .contains("$.re_entry:")
                .contains("$.steps[1].data.coupon_code: variable \"coupon_code\" is not set on every path");
        assertThat(Files.exists(dir.resolve("none"))).as("validate creates no data directory").isFalse();
    }

    @Test
    void the_demo_journeys_are_valid() throws IOException {
        for (String name : new String[] {"abandoned-cart.json", "win-back.json"}) {
            Path file = dir.resolve(name);
            try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
                Files.write(file, in.readAllBytes());
            }
            CliResult r = CliResult.run("journeys", "validate", file.toString(), "--data-dir", dir.resolve("none").toString());
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains(name + ": valid");
        }
    }

    @Test
    void not_json_is_reported_with_the_file() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"id\": ");
        CliResult r = CliResult.run("journeys", "validate", file.toString(), "--data-dir", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.json is not valid JSON");
        assertThat(CliResult.run("journeys", "validate", dir.resolve("missing.json").toString()).code()).isEqualTo(3);
    }

    @Test
    void a_journey_is_saved_versioned_activated_paused_and_reported_on_a_data_dir() throws IOException {
        String data = dir.resolve("data").toString();
        Path file = dir.resolve("cart-tag.json");
        Files.writeString(file, TAGGING);

        CliResult created = CliResult.run("journeys", "create", file.toString(), "--data-dir", data);
        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(created.out()).contains("created journey cart-tag: version 1, draft")
                .contains("marketpilot journeys activate cart-tag");
        CliResult again = CliResult.run("journeys", "create", file.toString(), "--data-dir", data);
        assertThat(again.out()).as(again.toString()).contains("saved a new version of journey cart-tag: version 2");

        assertThat(CliResult.run("journeys", "activate", "cart-tag", "--data-dir", data).out())
                .contains("journey cart-tag version 2 is active");
        assertThat(CliResult.run("journeys", "list", "--data-dir", data).out()).containsPattern("cart-tag +2 active");
        assertThat(CliResult.run("journeys", "pause", "cart-tag", "--data-dir", data).out()).contains("is paused");

        CliResult report = CliResult.run("journeys", "report", "cart-tag", "--data-dir", data);
        assertThat(report.code()).as(report.toString()).isZero();
        assertThat(report.out()).contains("journey cart-tag: entered 0");
        CliResult json = CliResult.run("journeys", "report", "cart-tag", "--json", "--data-dir", data);
        assertThat(json.out()).contains("\"entered\":0");
        assertThat(CliResult.run("journeys", "report", "nope", "--data-dir", data).code()).isEqualTo(1);
        assertThat(CliResult.run("journeys", "activate", "nope", "--data-dir", data).code()).isEqualTo(1);
        assertThat(CliResult.run("journeys", "customer", "u1", "--data-dir", data).out())
                .contains("u1 has not entered any journey");
    }

    @Test
    void an_unknown_template_and_a_coupon_code_without_a_coupon_are_reported_with_and_without_a_data_dir()
            throws IOException {
        Path file = dir.resolve("templates.json");
        Files.writeString(file, """
                {"id": "checked", "trigger": {"type": "event", "event": {"type": "add_to_cart"}},
                 "steps": [
                   {"id": "mail", "type": "send_message", "channel": "email", "template": "abandoned_cart",
                    "data": {"code": "{{coupon_code}}"}, "next": "letter"},
                   {"id": "letter", "type": "send_message", "channel": "email", "template": "winback_letter",
                    "next": "done"},
                   {"id": "done", "type": "exit"}
                 ]}""");
        String data = dir.resolve("data").toString();
        Path tagging = dir.resolve("cart-tag.json");
        Files.writeString(tagging, TAGGING);
        assertThat(CliResult.run("journeys", "create", tagging.toString(), "--data-dir", data).code()).isZero();
        for (String dataDir : new String[] {dir.resolve("none").toString(), data}) {
            CliResult r = CliResult.run("journeys", "validate", file.toString(), "--data-dir", dataDir);
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString()).contains("$.steps[1].template: no template \"winback_letter\"")
                    .contains("$.steps[0].data.code: variable \"coupon_code\" is not set on every path");
        }
    }

    @Test
    void with_a_data_dir_names_are_checked_against_the_shop() throws IOException {
        String data = dir.resolve("data").toString();
        Path tagging = dir.resolve("cart-tag.json");
        Files.writeString(tagging, TAGGING);
        assertThat(CliResult.run("journeys", "create", tagging.toString(), "--data-dir", data).code()).isZero();

        Path file = dir.resolve("abandoned-cart.json");
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/abandoned-cart.json")) {
            Files.write(file, in.readAllBytes());
        }
        CliResult r = CliResult.run("journeys", "validate", file.toString(), "--data-dir", data);
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("(checked against the shop in ").contains("$.steps[2].channel: no channel \"email\"")
                .contains("$.steps[4].coupon: no coupon definition \"cart-10\"");
        CliResult create = CliResult.run("journeys", "create", file.toString(), "--data-dir", data);
        assertThat(create.code()).isEqualTo(1);
        assertThat(create.err()).contains("nothing was saved");
        assertThat(CliResult.run("journeys", "validate", tagging.toString(), "--data-dir", data).out())
                .contains("cart-tag.json: valid (checked against the shop in ");
    }

    @Test
    void migrate_moves_runs_between_versions_and_says_why_it_refuses() throws IOException {
        String data = dir.resolve("data").toString();
        Path file = dir.resolve("cart-tag.json");
        Files.writeString(file, TAGGING);
        assertThat(CliResult.run("journeys", "create", file.toString(), "--data-dir", data).code()).isZero();
        Files.writeString(file, TAGGING.replace("wait-1h", "wait-2h").replace("\"1h\"", "\"2h\""));
        assertThat(CliResult.run("journeys", "create", file.toString(), "--data-dir", data).code()).isZero();

        CliResult dry = CliResult.run("journeys", "migrate", "cart-tag", "--from", "1", "--to", "2",
                "--map", "wait-1h=wait-2h", "--dry-run", "--data-dir", data);
        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("journey cart-tag: would migrate 0 run(s) from v1 to v2 (dry run");
        CliResult json = CliResult.run("journeys", "migrate", "cart-tag", "--from", "1", "--to", "2", "--json",
                "--data-dir", data);
        assertThat(json.out()).as(json.toString()).contains("\"migrated\":0").contains("\"dry_run\":false");

        CliResult refused = CliResult.run("journeys", "migrate", "cart-tag", "--from", "1", "--to", "2",
                "--map", "wait-1h=nowhere", "--data-dir", data);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("the migration from v1 to v2 is refused; nothing moved")
                .contains("wait-1h (0 run(s)): mapped to \"nowhere\", which v2 does not have");
        CliResult noVersion = CliResult.run("journeys", "migrate", "cart-tag", "--from", "1", "--to", "9",
                "--data-dir", data);
        assertThat(noVersion.code()).isEqualTo(1);
        assertThat(noVersion.err()).contains("journey cart-tag has no version 9; its versions are [1, 2]");
    }
}
