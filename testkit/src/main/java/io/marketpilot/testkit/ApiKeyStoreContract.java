package io.marketpilot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.access.ApiKeyStore.NewApiKey;
import io.marketpilot.core.access.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@link ApiKeyStore}: secrets are {@code mp_} + 32 url-safe characters, shown once,
 * authenticate until revoked. Implementations' tests extend this and implement {@link #open}.
 */
public abstract class ApiKeyStoreContract {
    protected static final Instant NOW = Instant.parse("2026-03-02T09:30:00.123456Z");
    protected static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    protected Path dir;
    private StoreHandle<ApiKeyStore> handle;
    protected ApiKeyStore keys;

    /** Opens the store kept in {@code dir}, stamping keys with {@code clock}. */
    protected abstract StoreHandle<ApiKeyStore> open(Path dir, Clock clock);

    @BeforeEach
    void openStore() {
        handle = open(dir, CLOCK);
        keys = handle.store();
    }

    @AfterEach
    void closeStore() {
        handle.close();
    }

    @Test
    void createReturnsTheSecretOnce() {
        NewApiKey created = keys.create("importer", Role.INGEST);

        assertThat(created.secret()).matches("mp_[A-Za-z0-9_-]{32}");
        ApiKey key = created.key();
        assertThat(key.name()).isEqualTo("importer");
        assertThat(key.role()).isEqualTo(Role.INGEST);
        assertThat(key.createdAt()).isEqualTo(NOW);
        assertThat(key.id()).isNotBlank().isNotEqualTo(created.secret());
        assertThat(key.toString()).as("the stored key does not carry its secret").doesNotContain(created.secret());
        assertThat(keys.list()).containsExactly(key);
    }

    @Test
    void authenticateFindsTheKeyBySecret() {
        NewApiKey admin = keys.create("admin", Role.ADMIN);
        NewApiKey reader = keys.create("dashboard", Role.READ);

        assertThat(keys.authenticate(admin.secret())).contains(admin.key());
        assertThat(keys.authenticate(reader.secret())).contains(reader.key());
    }

    @Test
    void wrongSecretsAreRejected() {
        String secret = keys.create("admin", Role.ADMIN).secret();
        char last = secret.charAt(secret.length() - 1);
        String oneCharOff = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(keys.authenticate(oneCharOff)).isEmpty();
        assertThat(keys.authenticate(secret + "x")).isEmpty();
        assertThat(keys.authenticate(secret.toUpperCase())).isEmpty();
        assertThat(keys.authenticate("mp_" + "A".repeat(32))).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate("   ")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        NewApiKey doomed = keys.create("old", Role.INGEST);
        NewApiKey kept = keys.create("new", Role.INGEST);

        assertThat(keys.revoke(doomed.key().id())).isTrue();

        assertThat(keys.authenticate(doomed.secret())).isEmpty();
        assertThat(keys.authenticate(kept.secret())).contains(kept.key());
        assertThat(keys.list()).containsExactly(kept.key());
        assertThat(keys.revoke(doomed.key().id())).as("already revoked").isFalse();
        assertThat(keys.revoke("mp_unknown")).isFalse();
    }

    @Test
    void secretsAndIdsAreUnique() {
        Set<String> secrets = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            NewApiKey k = keys.create("k" + i, Role.READ);
            secrets.add(k.secret());
            ids.add(k.key().id());
        }

        assertThat(secrets).hasSize(200);
        assertThat(ids).hasSize(200);
        assertThat(keys.list()).hasSize(200);
    }

    @Test
    void keysSurviveReopening() {
        NewApiKey created = keys.create("ops", Role.ADMIN);

        handle.close();
        openStore();

        assertThat(keys.authenticate(created.secret())).contains(created.key());
    }
}
