package io.marketpilot.recommend.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.TrainContext;
import org.junit.jupiter.api.Test;

class UserKnnFormatTest {
    private final UserKnnAlgorithm algorithm = new UserKnnAlgorithm();
    @SuppressWarnings("unchecked")
    private final ModelFormat<UserKnnModel> format = (ModelFormat<UserKnnModel>) algorithm.format();

    @Test
    void roundTripKeepsScoresConfigAndProvenance() {
        Interactions d = Fixtures.clusters(4, 120, 40, 3, 6, 0.2);
        UserKnnModel m = algorithm.trainer(new UserKnnConfig(7, 3, true), TrainContext.seeded(4)).train(d);
        UserKnnModel back = format.read(format.write(m));
        assertThat(format.name()).isEqualTo("user-knn");
        assertThat(format.version()).isEqualTo(1);
        assertThat(back.provenance()).isEqualTo(m.provenance());
        assertThat(back.config()).isEqualTo(m.config());
        ItemKnnFormatTest.assertSameScores(m, back, d);
        float[] a = new float[m.itemCount()];
        float[] b = new float[m.itemCount()];
        m.score(Fixtures.visitor(d, 0, 3), a);
        back.score(Fixtures.visitor(d, 0, 3), b);
        assertThat(b).containsExactly(a);
    }

    @Test
    void aCorruptedByteIsRejected() {
        byte[] bytes = format.write(algorithm.trainer(algorithm.defaults(), TrainContext.seeded(1))
            .train(Fixtures.clusters(1, 50, 20, 2, 5, 0.2)));
        bytes[bytes.length - 20] ^= 0x01;
        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class);
    }

    @Test
    void anUnknownVersionIsRejected() {
        assertThatThrownBy(() -> format.read(ModelCodec.write("user-knn", 3, out -> { })))
            .isInstanceOf(ModelCodec.ModelFormatException.class).hasMessageContaining("version 3");
    }

    @Test
    void version1GoldenFileStaysReadable() {
        Interactions small = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});
        byte[] bytes = GoldenFile.read("user-knn-v1.bin", () -> format.write(algorithm.trainer(
            new UserKnnConfig(2, 0, false), TrainContext.seeded(42)).train(small)));
        UserKnnModel m = format.read(bytes);
        assertThat(m.provenance().algorithm()).isEqualTo("user-knn");
        assertThat(m.config()).isEqualTo(new UserKnnConfig(2, 0, false));
        float[] scores = new float[m.itemCount()];
        m.score(Fixtures.visitor(small, 0), scores);
        // a visitor with item 0 resembles u0 (cosine 1/√2) and u1 (1/√3)
        assertThat((double) scores[Fixtures.item(small, 2)]).isCloseTo(1 / Math.sqrt(3),
            org.assertj.core.api.Assertions.within(1e-6));
    }
}
