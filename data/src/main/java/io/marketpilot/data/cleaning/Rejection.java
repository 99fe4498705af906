package io.marketpilot.data.cleaning;

import io.marketpilot.core.validation.FieldError;
import java.util.List;

/**
 * A record of a batch that was rejected: its 0-based {@code index} in the batch (the caller maps it back to a
 * file line or request position) and every problem found, each with its field, what was expected and what was found.
 */
public record Rejection(int index, List<FieldError> errors) {
    public Rejection {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one problem");
        }
        errors = List.copyOf(errors);
    }

    /** All problems on one line, e.g. {@code timestamp: expected ..., found "yesterday"}. */
    public String message() {
        return String.join("; ", errors.stream().map(FieldError::message).toList());
    }
}
