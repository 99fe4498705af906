package io.marketpilot.recommend.bpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import org.junit.jupiter.api.Test;

class BprFormatTest {
    private static final PlantedClusters CLUSTERS = PlantedClusters.of(2, 10, 8, 4, 3);
    private final BprFormat format = new BprFormat();
    private final BprModel model = new BprAlgorithm()
        .trainer(BprConfig.of(6, 5, 0.05, 0.01).withNegatives(BprConfig.Negatives.POPULAR), TrainContext.seeded(9))
        .train(CLUSTERS.data());

    @Test
    void a_written_model_reads_back_with_identical_scores_and_fold_in() {
        BprModel back = format.read(format.write(model));

        assertThat(back.provenance()).isEqualTo(model.provenance());
        assertThat(back.config()).isEqualTo(model.config());
        for (int u = 0; u < CLUSTERS.data().userCount(); u++) {
            UserHistory h = CLUSTERS.data().history(u);
            assertThat(scores(back, h)).containsExactly(scores(model, h));
            assertThat(scores(back, h.asAnonymous())).containsExactly(scores(model, h.asAnonymous()));
        }
    }

    @Test
    void a_corrupted_byte_is_rejected() {
        byte[] bytes = format.write(model);
        bytes[bytes.length / 3] ^= 0x01;

        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("checksum");
    }

    @Test
    void an_unknown_version_is_rejected_by_number() {
        byte[] v2 = ModelCodec.write("bpr", 2, out -> out.writeInt(0));

        assertThatThrownBy(() -> format.read(v2)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("version 2");
    }

    @Test
    void the_algorithm_exposes_this_format() {
        assertThat(new BprAlgorithm().format().name()).isEqualTo("bpr");
        assertThat(new BprAlgorithm().format().version()).isEqualTo(1);
    }

    private static float[] scores(BprModel m, UserHistory h) {
        float[] s = new float[m.itemCount()];
        m.score(h, s);
        return s;
    }
}
