package io.marketpilot.recommend.content;

import io.marketpilot.recommend.data.Interactions;

/**
 * A vector per catalogue item (training dictionary index), sparse or dense: the dimensions with a non-zero value in
 * ascending order and their values; an item without a vector has none. The model L2-normalises what it gets, so
 * dot products are cosines. TF-IDF is one source; a text encoder's dense embeddings plug in as another (dims
 * {@code 0..d-1} for every item).
 */
public interface ItemVectors {
    int itemCount();

    /** Non-zero dimensions of {@code item}'s vector, ascending; empty when the item has no vector. */
    int[] dims(int item);

    /** Values matching {@link #dims(int)}. */
    float[] values(int item);

    /** Builds the vectors of the training data's items. */
    @FunctionalInterface
    interface Source {
        ItemVectors vectorsFor(Interactions data, ContentConfig config);
    }
}
