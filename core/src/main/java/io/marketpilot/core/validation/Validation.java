package io.marketpilot.core.validation;

import java.util.List;
import java.util.function.Function;

/** The outcome of checking one input record: a valid value, or every problem found in it. */
public sealed interface Validation<T> permits Validation.Valid, Validation.Invalid {

    record Valid<T>(T value) implements Validation<T> {}

    record Invalid<T>(List<FieldError> errors) implements Validation<T> {
        public Invalid {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid record has at least one error");
            }
            errors = List.copyOf(errors);
        }

        /** All errors joined into one line. */
        public String message() {
            return String.join("; ", errors.stream().map(FieldError::message).toList());
        }
    }

    static <T> Validation<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validation<T> invalid(List<FieldError> errors) {
        return new Invalid<>(errors);
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    default <R> Validation<R> map(Function<T, R> f) {
        return switch (this) {
            case Valid<T> v -> new Valid<>(f.apply(v.value()));
            case Invalid<T> i -> new Invalid<>(i.errors());
        };
    }
}
