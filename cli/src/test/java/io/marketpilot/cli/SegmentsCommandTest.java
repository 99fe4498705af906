package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_segment_is_created_listed_and_its_members_printed() throws Exception {
        String data = dir.resolve("data").toString();
        Path file = dir.resolve("vip.json");
        Files.writeString(file, """
                {"id": "everyone", "name": "Everyone", "condition": {"not": {"trait": "banned", "op": "exists"}}}""");

        CliResult created = CliResult.run("segments", "create", "--file", file.toString(), "--data-dir", data);
        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(created.out()).contains("created segment everyone with 0 members");

        CliResult listed = CliResult.run("segments", "list", "--data-dir", data);
        assertThat(listed.out()).contains("everyone").contains("Everyone");
        CliResult members = CliResult.run("segments", "members", "everyone", "--data-dir", data);
        assertThat(members.code()).as(members.toString()).isZero();
        assertThat(CliResult.run("segments", "members", "nope", "--data-dir", data).code()).isEqualTo(1);
    }

    @Test
    void a_bad_definition_prints_every_problem_with_its_path() {
        CliResult r = CliResult.run("segments", "create", "--json",
                "{\"id\": \"x\", \"condition\": {\"performed\": {}, \"op\": \"~\", \"value\": 1, \"window\": \"1y\"}}",
                "--data-dir", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("$.condition.op: expected one of").contains("$.condition.window: expected a duration");
    }
}
