package io.marketpilot.core.experiment;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An experiment as stored: its id, the definition document (as the API received it, validated), the status and
 * the instants of its transitions ({@code startedAt}/{@code stoppedAt} null until they happen).
 */
public record StoredExperiment(String id, Map<String, Object> definition, ExperimentStatus status,
        Instant createdAt, Instant startedAt, Instant stoppedAt) {
    public StoredExperiment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        definition = Map.copyOf(definition);
    }
}
