package io.marketpilot.store.embedded;

import static io.marketpilot.testkit.CustomerBuilder.customer;
import static io.marketpilot.testkit.EventBuilder.view;
import static io.marketpilot.testkit.ItemBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.access.Role;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.store.schema.StoreOpenException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void opensADataDirectoryCreatingItAndKeepsEverythingAcrossReopening() {
        Path dataDir = tmp.resolve("nested/data");
        String secret;
        try (EmbeddedStores stores = EmbeddedStores.open(dataDir, CLOCK)) {
            stores.events().append(List.of(view("u1", "sku-1").build()));
            stores.items().upsertAll(List.of(item("sku-1").build()));
            stores.customers().upsertAll(List.of(customer("u1").build()));
            secret = stores.apiKeys().create("admin", Role.ADMIN).secret();
            stores.models().save("co-purchase", new byte[] {1, 2, 3},
                    new Provenance("item-knn", Map.of(), "fp", 1, "0.1.0", null, Map.of()));
        }

        assertThat(dataDir.resolve(EmbeddedStores.EVENTS_FILE)).isRegularFile();
        assertThat(dataDir.resolve(EmbeddedStores.STATE_FILE)).isRegularFile();
        assertThat(dataDir.resolve("events.duckdb.wal")).as("checkpointed on close").satisfiesAnyOf(
                wal -> assertThat(wal).doesNotExist(), wal -> assertThat(Files.size(wal)).isZero());
        try (EmbeddedStores stores = EmbeddedStores.open(dataDir, CLOCK)) {
            assertThat(stores.dataDir()).isEqualTo(dataDir);
            assertThat(stores.events().stats().total()).isEqualTo(1);
            assertThat(stores.items().count()).isEqualTo(1);
            assertThat(stores.customers().count()).isEqualTo(1);
            assertThat(stores.apiKeys().authenticate(secret)).isPresent();
            assertThat(stores.models().latest("co-purchase").orElseThrow().bytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aDirectoryAlreadyOpenIsRefusedAndTheRefusalLeavesNothingOpen() {
        try (EmbeddedStores first = EmbeddedStores.open(tmp, CLOCK)) {
            assertThatThrownBy(() -> EmbeddedStores.open(tmp, CLOCK)).isInstanceOf(StoreOpenException.class)
                    .hasMessageContaining("events.duckdb is already open")
                    .hasMessageContaining("use another --data-dir");
            assertThat(first.events().stats().total()).isZero();
        }
        EmbeddedStores.open(tmp, CLOCK).close();
    }
}
