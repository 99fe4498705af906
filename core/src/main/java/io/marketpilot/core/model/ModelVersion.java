package io.marketpilot.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved version as the registry lists it, without its bytes: its size, provenance, when it was saved, its
 * {@link ModelStatus}, and the note recorded by {@link ModelStore#markCandidate}, if any.
 */
public record ModelVersion(String name, long version, long size, Provenance provenance, Instant savedAt,
                           ModelStatus status, Optional<String> note) {
    public ModelVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(note, "note");
    }

    /** {@code name@version}, as logs and messages name a model. */
    public String label() {
        return name + "@" + version;
    }
}
