package io.marketpilot.core.model;

/**
 * Training configuration turned into a function of data: {@code train(data)} builds an immutable
 * {@link Model}. A trainer holds its config and seed; the same data and seed give the same model.
 */
public interface Trainer<D, M extends Model> {
    M train(D data);
}
