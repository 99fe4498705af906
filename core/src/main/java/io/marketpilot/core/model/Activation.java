package io.marketpilot.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One entry of a name's activation history: {@code version} became the served one at {@code at} (the store's
 * clock), replacing {@code previous} (empty for the name's first activation), for {@code reason} (who and why).
 */
public record Activation(String name, long version, OptionalLong previous, String reason, Instant at) {
    public Activation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, got " + version);
        }
    }
}
