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
                .contains("$.re_entry:");
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
}
