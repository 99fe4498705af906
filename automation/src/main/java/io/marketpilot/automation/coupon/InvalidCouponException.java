package io.marketpilot.automation.coupon;

import io.marketpilot.core.validation.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A coupon definition or request that cannot be accepted: every problem, each with its field path. */
public final class InvalidCouponException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public InvalidCouponException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
