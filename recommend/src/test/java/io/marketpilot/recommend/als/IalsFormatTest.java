package io.marketpilot.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import org.junit.jupiter.api.Test;

class IalsFormatTest {
    private static final PlantedClusters CLUSTERS = PlantedClusters.of(2, 10, 8, 4, 3);
    private final IalsFormat format = new IalsFormat();
    private final IalsModel model = new IalsAlgorithm()
        .trainer(IalsConfig.of(6, 0.1, 5, 4).withConfidence(IalsConfig.Confidence.LOG, 2), TrainContext.seeded(9))
        .train(CLUSTERS.data());

    @Test
    void a_written_model_reads_back_with_identical_scores_and_fold_in() {
        IalsModel back = format.read(format.write(model));

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
        bytes[bytes.length / 2] ^= 0x10;

        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("checksum");
    }

    @Test
    void an_unknown_version_is_rejected_by_number() {
        byte[] v2 = ModelCodec.write("ials", 2, out -> out.writeInt(0));

        assertThatThrownBy(() -> format.read(v2)).isInstanceOf(ModelCodec.ModelFormatException.class)
            .hasMessageContaining("version 2");
    }

    @Test
    void another_models_file_is_rejected_by_name() {
        byte[] other = ModelCodec.write("bpr", 1, out -> out.writeInt(0));

        assertThatThrownBy(() -> format.read(other)).hasMessageContaining("'ials'").hasMessageContaining("'bpr'");
    }

    @Test
    void the_algorithm_exposes_this_format() {
        assertThat(new IalsAlgorithm().format().name()).isEqualTo("ials");
        assertThat(new IalsAlgorithm().format().version()).isEqualTo(1);
    }

    private static float[] scores(IalsModel m, UserHistory h) {
        float[] s = new float[m.itemCount()];
        m.score(h, s);
        return s;
    }
}
