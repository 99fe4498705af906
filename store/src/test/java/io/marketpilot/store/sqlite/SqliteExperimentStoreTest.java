package io.marketpilot.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.StoredExperiment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExperimentStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void createsOnceAndMovesThroughItsLifecycleAcrossReopen() {
        Map<String, Object> doc = Map.of("variants", List.of(Map.of("key", "control"), Map.of("key", "b")));
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertThat(state.experiments().create("e1", doc)).get().extracting(StoredExperiment::status)
                    .isEqualTo(ExperimentStatus.DRAFT);
            assertThat(state.experiments().create("e1", Map.of())).isEmpty();
            state.experiments().create("e2", Map.of());
            assertThat(state.experiments().transition("e1", ExperimentStatus.RUNNING, ExperimentStatus.STOPPED)).isEmpty();
            assertThat(state.experiments().transition("e1", ExperimentStatus.DRAFT, ExperimentStatus.RUNNING)).get()
                    .extracting(StoredExperiment::startedAt).isEqualTo(NOW);
        }
        try (SqliteStateStore state = SqliteStateStore.open(dir.resolve("state.sqlite"), Clock.systemUTC())) {
            StoredExperiment e1 = state.experiments().get("e1").orElseThrow();
            assertThat(e1.definition()).isEqualTo(doc);
            assertThat(e1.status()).isEqualTo(ExperimentStatus.RUNNING);
            assertThat(state.experiments().list()).extracting(StoredExperiment::id).containsExactly("e1", "e2");
            assertThat(state.experiments().get("nope")).isEmpty();
        }
    }
}
