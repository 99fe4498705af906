package io.marketpilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_created_key_shows_its_secret_once_lists_without_it_and_can_be_revoked() {
        String data = dir.resolve("data").toString();

        CliResult created = CliResult.run("keys", "create", "--name", "shop frontend", "--role", "ingest", "--data-dir", data);
        assertThat(created.code()).as(created.toString()).isZero();
        String secret = created.out().lines().filter(l -> l.startsWith("secret: ")).findFirst().orElseThrow()
                .substring("secret: ".length());
        String id = created.out().lines().findFirst().orElseThrow().split(" ")[3];

        CliResult listed = CliResult.run("keys", "list", "--data-dir", data);
        assertThat(listed.code()).isZero();
        assertThat(listed.out()).contains(id).contains("ingest").contains("shop frontend").doesNotContain(secret);

        assertThat(CliResult.run("keys", "revoke", id, "--data-dir", data).code()).isZero();
        CliResult again = CliResult.run("keys", "revoke", id, "--data-dir", data);
        assertThat(again.code()).as(again.toString()).isEqualTo(1);
        assertThat(again.err()).contains("no active key with id " + id);
    }
}
