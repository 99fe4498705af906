package io.marketpilot.recommend.model;

/**
 * Item-to-item relatedness a model can answer directly ("similar items", "bought together", explanations): up to
 * {@code n} items most related to {@code item}, best first, never the item itself.
 */
public interface SimilarItems {
    Scored related(int item, int n);

    /** Items with scores, best first; both arrays have the same length. */
    record Scored(int[] items, float[] scores) {
        public static final Scored EMPTY = new Scored(new int[0], new float[0]);

        public Scored {
            if (items.length != scores.length) {
                throw new IllegalArgumentException("items and scores must have the same length");
            }
        }

        public int size() {
            return items.length;
        }

        /** The score of {@code item} in this list, or NaN when absent. */
        public float scoreOf(int item) {
            for (int k = 0; k < items.length; k++) {
                if (items[k] == item) {
                    return scores[k];
                }
            }
            return Float.NaN;
        }
    }
}
