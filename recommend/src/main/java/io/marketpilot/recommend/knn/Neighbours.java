package io.marketpilot.recommend.knn;

/**
 * One item's nearest items (indices of the training item dictionary), most similar first, with their similarity:
 * what "similar items" / "customers also bought" serves. The arrays are copies the caller may keep.
 */
public record Neighbours(int[] items, float[] similarities) {
    public Neighbours {
        if (items.length != similarities.length) {
            throw new IllegalArgumentException("items and similarities must have the same length");
        }
    }

    public int size() {
        return items.length;
    }
}
