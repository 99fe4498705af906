package io.marketpilot.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.access.Role;
import io.marketpilot.testkit.ApiKeyStoreContract;
import io.marketpilot.testkit.StoreHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SqliteApiKeyStoreTest extends ApiKeyStoreContract {
    @Override
    protected StoreHandle<ApiKeyStore> open(Path dir, Clock clock) {
        SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), clock);
        return new StoreHandle<>(state.apiKeys(), state);
    }

    @Test
    void secretsAreNotWrittenToDisk() throws IOException {
        String secret = keys.create("ops", Role.ADMIN).secret();

        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.getFileName().toString()).doesNotContain(secret.substring(11));
            }
        }
    }
}
