package io.marketpilot.recommend.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ScoringModel;
import io.marketpilot.recommend.model.TrainContext;
import org.junit.jupiter.api.Test;

class ItemKnnFormatTest {
    private final ItemKnnAlgorithm algorithm = new ItemKnnAlgorithm();
    @SuppressWarnings("unchecked")
    private final ModelFormat<ItemKnnModel> format = (ModelFormat<ItemKnnModel>) algorithm.format();

    @Test
    void roundTripKeepsNeighboursScoresAndProvenance() {
        Interactions d = Fixtures.clusters(9, 150, 50, 3, 7, 0.2);
        ItemKnnModel m = algorithm.trainer(new ItemKnnConfig(12, 5, Similarity.JACCARD, 0.5, true,
            new HistoryDecay(0.7, 0.1)), TrainContext.seeded(9)).train(d);
        ItemKnnModel back = format.read(format.write(m));
        assertThat(format.name()).isEqualTo("item-knn");
        assertThat(format.version()).isEqualTo(2);
        assertThat(back.decay()).isEqualTo(new HistoryDecay(0.7, 0.1));
        assertThat(back.provenance()).isEqualTo(m.provenance());
        assertThat(back.provenance().config()).containsEntry("similarity", "jaccard").containsEntry("k", "12");
        for (int i = 0; i < m.itemCount(); i++) {
            assertThat(back.neighbours(i).items()).containsExactly(m.neighbours(i).items());
            assertThat(back.neighbours(i).similarities()).containsExactly(m.neighbours(i).similarities());
        }
        assertSameScores(m, back, d);
    }

    @Test
    void aCorruptedByteIsRejected() {
        byte[] bytes = format.write(algorithm.trainer(algorithm.defaults(), TrainContext.seeded(1))
            .train(Fixtures.clusters(1, 50, 20, 2, 5, 0.2)));
        bytes[bytes.length / 2] ^= 0x10;
        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("checksum");
    }

    @Test
    void anUnknownVersionIsRejected() {
        byte[] v3 = ModelCodec.write("item-knn", 3, out -> { });
        assertThatThrownBy(() -> format.read(v3)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("version 3");
    }

    @Test
    void version1GoldenFileStaysReadable() {
        Interactions small = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});
        byte[] bytes = GoldenFile.read("item-knn-v1.bin", () -> format.write(algorithm.trainer(
            ItemKnnConfig.of(10, 0, Similarity.COSINE), TrainContext.seeded(42)).train(small)));
        ItemKnnModel m = format.read(bytes);
        assertThat(m.provenance().algorithm()).isEqualTo("item-knn");
        assertThat(m.provenance().seed()).isEqualTo(42);
        Neighbours n = m.neighbours(Fixtures.item(small, 0));
        assertThat(n.items()).containsExactly(Fixtures.item(small, 1), Fixtures.item(small, 2));
        assertThat((double) n.similarities()[0]).isCloseTo(2 / Math.sqrt(6), within(1e-6));
        assertThat(m.decay()).isEqualTo(HistoryDecay.NONE);
    }

    @Test
    void version2GoldenFileStaysReadable() {
        Interactions small = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});
        ItemKnnConfig config = ItemKnnConfig.of(10, 0, Similarity.COSINE).withDecay(new HistoryDecay(0.5, 0.1));
        byte[] bytes = GoldenFile.read("item-knn-v2.bin", () -> format.write(algorithm.trainer(config,
            TrainContext.seeded(42)).train(small)));
        ItemKnnModel m = format.read(bytes);
        assertThat(m.decay()).isEqualTo(new HistoryDecay(0.5, 0.1));
        assertThat(m.provenance().config()).containsEntry("history_decay", "0.5^steps, floor 0.1");
        Neighbours n = m.neighbours(Fixtures.item(small, 0));
        assertThat(n.items()).containsExactly(Fixtures.item(small, 1), Fixtures.item(small, 2));
        assertThat((double) n.similarities()[0]).isCloseTo(2 / Math.sqrt(6), within(1e-6));
    }

    static void assertSameScores(ScoringModel a, ScoringModel b, Interactions d) {
        float[] sa = new float[a.itemCount()];
        float[] sb = new float[b.itemCount()];
        for (int u = 0; u < d.userCount(); u++) {
            a.score(d.history(u), sa);
            b.score(d.history(u), sb);
            assertThat(sb).containsExactly(sa);
        }
    }
}
