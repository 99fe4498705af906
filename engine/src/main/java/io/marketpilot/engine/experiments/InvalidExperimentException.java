package io.marketpilot.engine.experiments;

import io.marketpilot.core.validation.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** An experiment definition with problems: every problem, each with its field path, expected and found. */
public final class InvalidExperimentException extends IllegalArgumentException {
    private final List<FieldError> errors;

    public InvalidExperimentException(List<FieldError> errors) {
        super("invalid experiment: " + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
