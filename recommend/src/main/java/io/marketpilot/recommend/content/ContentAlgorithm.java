package io.marketpilot.recommend.content;

import io.marketpilot.core.model.Trainer;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.Algorithm;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code content}: item vectors from an {@link ItemVectors.Source} (by default TF-IDF over each item's text), every
 * item's nearest neighbours by cosine, and a popularity tie-break learned from the interactions. Deterministic: the
 * seed only reaches the provenance.
 */
public final class ContentAlgorithm implements Algorithm<ContentConfig> {
    public static final String NAME = "content";

    private final ItemVectors.Source source;

    /**
     * TF-IDF over item text. {@code textOfItemId} gets an item id of the training dictionary and returns its text
     * (title, description, category, brand — whatever describes it) or null when there is none.
     */
    public ContentAlgorithm(Function<String, String> textOfItemId) {
        Objects.requireNonNull(textOfItemId, "textOfItemId");
        this.source = (data, config) -> {
            List<String> texts = new ArrayList<>(data.itemCount());
            for (int i = 0; i < data.itemCount(); i++) {
                texts.add(textOfItemId.apply(data.items().id(i)));
            }
            return TfIdf.of(texts, config);
        };
    }

    /** Any other vectors, e.g. a text encoder's embeddings; TF-IDF settings of the config are then unused. */
    public ContentAlgorithm(ItemVectors.Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ContentConfig defaults() {
        return ContentConfig.defaults();
    }

    /** Recency decay {0.7, 0.9, 1} × profile length {5, 20}: 6 configs with the defaults. */
    @Override
    public List<ContentConfig> searchSpace() {
        List<ContentConfig> out = new ArrayList<>();
        for (double d : new double[] {0.7, 0.9, 1.0}) {
            for (int len : new int[] {5, 20}) {
                out.add(defaults().withRecencyDecay(d).withProfileLength(len));
            }
        }
        return out;
    }

    @Override
    public Trainer<Interactions, ContentModel> trainer(ContentConfig config, TrainContext context) {
        return data -> {
            ItemVectors raw = source.vectorsFor(data, config);
            if (raw.itemCount() != data.itemCount()) {
                throw new IllegalArgumentException("item vectors cover " + raw.itemCount() + " items, the data has "
                    + data.itemCount());
            }
            Rows vectors = Rows.normalised(raw);
            context.progress().accept(0.2);
            Rows neighbours = NeighbourLists.of(new VectorIndex(vectors), config.neighbours(), context.threads(),
                f -> context.progress().accept(0.2 + 0.8 * f));
            context.progress().accept(1.0);
            return new ContentModel(vectors, neighbours, popularity(data), config.recencyDecay(),
                config.profileLength(), ProvenanceIo.of(NAME, config, data.fingerprint(), context));
        };
    }

    /** Users per item over the most popular item's count, in [0, 1]. */
    private static float[] popularity(Interactions data) {
        int[] degree = data.itemDegrees();
        int max = 1;
        for (int d : degree) {
            max = Math.max(max, d);
        }
        float[] p = new float[degree.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = degree[i] / (float) max;
        }
        return p;
    }

    @Override
    public ModelFormat<? extends ScoringModel> format() {
        return new ContentFormat();
    }
}
