package io.marketpilot.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.model.ModelStatus;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.store.schema.Migrations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state.sqlite written before the registry (schema version 1, models only) opens, migrates and works. */
class SqliteModelRegistryUpgradeTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Provenance OLD = new Provenance("co-purchase", Map.of(), null, 7L, "0.0.9", null, Map.of());

    @TempDir
    Path dir;

    @Test
    void aVersion1StoreHasNoActiveModelUntilOneIsActivated() throws SQLException {
        Path file = dir.resolve("state.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqliteDb.SCHEMA.apply(c, "state.sqlite", 1);
            insertVersion1Model(c, 1, "old-1");
            insertVersion1Model(c, 2, "old-2");
        }

        try (SqliteStateStore state = SqliteStateStore.open(file, Clock.fixed(NOW, ZoneOffset.UTC))) {
            ModelStore models = state.models();

            assertThat(models.active("co-purchase")).as("the engine serves latest instead").isEmpty();
            assertThat(models.activations("co-purchase")).isEmpty();
            assertThat(models.latest("co-purchase").orElseThrow().bytes()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("old-2");
            assertThat(models.list()).extracting(ModelVersion::status).containsOnly(ModelStatus.CANDIDATE);
            assertThat(models.list()).allSatisfy(v -> assertThat(v.note()).isEmpty());
            assertThat(models.list().get(0).provenance()).isEqualTo(OLD);

            models.activate("co-purchase", 2, "upgrade: serve what was served before");
            assertThat(models.active("co-purchase").orElseThrow().version()).isEqualTo(2);
            assertThat(models.save("co-purchase", new byte[] {1}, OLD).version()).isEqualTo(3);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(Migrations.version(c)).isEqualTo(SqliteDb.SCHEMA.latest());
        }
    }

    private static void insertVersion1Model(Connection c, long version, String bytes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO models (name, version, bytes, size, provenance,"
                + " saved_at) VALUES ('co-purchase', ?, ?, ?, ?, '2026-01-01T00:00:00Z')")) {
            byte[] raw = bytes.getBytes(StandardCharsets.UTF_8);
            s.setLong(1, version);
            s.setBytes(2, raw);
            s.setLong(3, raw.length);
            s.setString(4, ProvenanceDocs.toJson(OLD));
            s.executeUpdate();
        }
    }
}
