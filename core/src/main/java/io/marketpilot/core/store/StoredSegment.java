package io.marketpilot.core.store;

import java.time.Instant;
import java.util.Objects;

/** A saved segment: its id, name, the definition as JSON text (the language lives in automation) and creation time. */
public record StoredSegment(String id, String name, String definitionJson, Instant createdAt) {
    public StoredSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definitionJson, "definitionJson");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
