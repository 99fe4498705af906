package io.marketpilot.recommend.ease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.HistoryDecay;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.TrainContext;
import org.junit.jupiter.api.Test;

class EaseFormatTest {
    private final EaseAlgorithm algorithm = new EaseAlgorithm();
    @SuppressWarnings("unchecked")
    private final ModelFormat<EaseModel> format = (ModelFormat<EaseModel>) algorithm.format();

    @Test
    void roundTripKeepsScoresAndProvenance() {
        Interactions d = Fixtures.clusters(6, 100, 45, 3, 6, 0.2);
        EaseModel m = algorithm.trainer(new EaseConfig(30, true, EaseSolver.AUTO, new HistoryDecay(0.5, 0.1)),
            TrainContext.seeded(6)).train(d);
        EaseModel back = format.read(format.write(m));
        assertThat(format.name()).isEqualTo("ease");
        assertThat(format.version()).isEqualTo(2);
        assertThat(back.decay()).isEqualTo(new HistoryDecay(0.5, 0.1));
        assertThat(back.provenance()).isEqualTo(m.provenance());
        float[] a = new float[m.itemCount()];
        float[] b = new float[m.itemCount()];
        for (int u = 0; u < d.userCount(); u++) {
            m.score(d.history(u), a);
            back.score(d.history(u), b);
            assertThat(b).containsExactly(a);
        }
    }

    @Test
    void aCorruptedByteIsRejected() {
        byte[] bytes = format.write(algorithm.trainer(EaseConfig.of(10), TrainContext.seeded(1))
            .train(Fixtures.clusters(1, 40, 20, 2, 5, 0.2)));
        bytes[bytes.length / 3] ^= 0x04;
        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("checksum");
    }

    @Test
    void anUnknownVersionIsRejected() {
        assertThatThrownBy(() -> format.read(ModelCodec.write("ease", 3, out -> { })))
            .isInstanceOf(ModelCodec.ModelFormatException.class).hasMessageContaining("version 3");
    }

    @Test
    void version1GoldenFileStaysReadable() {
        Interactions small = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});
        byte[] bytes = GoldenFile.read("ease-v1.bin", () -> format.write(algorithm.trainer(EaseConfig.of(1),
            TrainContext.seeded(42)).train(small)));
        EaseModel m = format.read(bytes);
        assertThat(m.provenance().algorithm()).isEqualTo("ease");
        assertThat(m.provenance().config()).containsEntry("lambda", "1.0");
        assertThat(m.decay()).isEqualTo(HistoryDecay.NONE);
        EaseModel fresh = algorithm.trainer(EaseConfig.of(1), TrainContext.seeded(42)).train(small);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(m.weight(i, j)).isCloseTo(fresh.weight(i, j), org.assertj.core.api.Assertions.within(1e-6f));
            }
        }
    }

    @Test
    void version2GoldenFileStaysReadable() {
        Interactions small = Fixtures.binary(new int[][] {{0, 1}, {0, 1, 2}, {1, 2}, {3}});
        EaseConfig config = EaseConfig.of(1).withDecay(new HistoryDecay(0.5, 0.1));
        byte[] bytes = GoldenFile.read("ease-v2.bin", () -> format.write(algorithm.trainer(config,
            TrainContext.seeded(42)).train(small)));
        EaseModel m = format.read(bytes);
        assertThat(m.provenance().config()).containsEntry("history_decay", "0.5^steps, floor 0.1");
        assertThat(m.decay()).isEqualTo(new HistoryDecay(0.5, 0.1));
        EaseModel fresh = algorithm.trainer(EaseConfig.of(1), TrainContext.seeded(42)).train(small);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(m.weight(i, j)).isCloseTo(fresh.weight(i, j), org.assertj.core.api.Assertions.within(1e-6f));
            }
        }
    }
}
