package io.marketpilot.recommend.content;

import io.marketpilot.recommend.model.AlgorithmConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of {@code content}.
 *
 * @param neighbours    similar items kept per item for {@code similar(item, n)}
 * @param maxTermShare  TF-IDF: terms in more than this share of the texts (and in more than 20 texts) are ignored;
 *                      they carry little signal and make the inverted index slow
 * @param stem          TF-IDF: strip English plurals
 * @param recencyDecay  the profile weighs the history's k-th newest item by {@code recencyDecay^k} (1 = all equal)
 * @param profileLength the profile uses the history's newest this-many items
 */
public record ContentConfig(int neighbours, double maxTermShare, boolean stem, double recencyDecay,
                            int profileLength) implements AlgorithmConfig {
    public ContentConfig {
        if (neighbours < 1 || profileLength < 1) {
            throw new IllegalArgumentException("neighbours and profileLength must be >= 1, were " + neighbours + ", "
                + profileLength);
        }
        if (!(maxTermShare > 0 && maxTermShare <= 1)) {
            throw new IllegalArgumentException("maxTermShare must be in (0, 1], was " + maxTermShare);
        }
        if (!(recencyDecay > 0 && recencyDecay <= 1)) {
            throw new IllegalArgumentException("recencyDecay must be in (0, 1], was " + recencyDecay);
        }
    }

    public static ContentConfig defaults() {
        return new ContentConfig(50, 0.2, true, 0.9, 20);
    }

    public ContentConfig withNeighbours(int k) {
        return new ContentConfig(k, maxTermShare, stem, recencyDecay, profileLength);
    }

    public ContentConfig withMaxTermShare(double s) {
        return new ContentConfig(neighbours, s, stem, recencyDecay, profileLength);
    }

    public ContentConfig withStem(boolean b) {
        return new ContentConfig(neighbours, maxTermShare, b, recencyDecay, profileLength);
    }

    public ContentConfig withRecencyDecay(double d) {
        return new ContentConfig(neighbours, maxTermShare, stem, d, profileLength);
    }

    public ContentConfig withProfileLength(int n) {
        return new ContentConfig(neighbours, maxTermShare, stem, recencyDecay, n);
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("neighbours", neighbours);
        p.put("max_term_share", maxTermShare);
        p.put("stem", stem);
        p.put("recency_decay", recencyDecay);
        p.put("profile_length", profileLength);
        return p;
    }
}
