package io.marketpilot.engine.ingest;

import io.marketpilot.core.validation.FieldError;
import java.util.List;

/**
 * The answer to one ingested batch: events newly stored, events already stored (replays), and every
 * rejected event with its index in the batch and what was wrong. Accepted events are durable.
 */
public record IngestResult(int accepted, int duplicates, List<Rejection> rejected) {
    public IngestResult {
        rejected = List.copyOf(rejected);
    }

    /** One rejected record: its 0-based index in the batch (or 1-based line in a file) and its errors. */
    public record Rejection(long index, List<FieldError> errors) {
        public Rejection {
            errors = List.copyOf(errors);
        }

        public String reason() {
            return String.join("; ", errors.stream().map(FieldError::message).toList());
        }
    }
}
