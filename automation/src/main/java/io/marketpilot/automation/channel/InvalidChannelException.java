package io.marketpilot.automation.channel;

import io.marketpilot.core.validation.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A channel configuration or message that cannot be accepted: every problem with its field path. */
public final class InvalidChannelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidChannelException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
