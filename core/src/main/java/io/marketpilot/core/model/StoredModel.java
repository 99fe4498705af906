package io.marketpilot.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A model as persisted: a name (the slot it fills, e.g. {@code co-purchase}), a version number increasing
 * per name, the serialised bytes (format header and checksum inside), its provenance, and when it was saved.
 */
public record StoredModel(String name, long version, byte[] bytes, Provenance provenance, Instant savedAt) {
    public StoredModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(provenance, "provenance");
    }
}
