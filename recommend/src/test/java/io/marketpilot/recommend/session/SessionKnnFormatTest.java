package io.marketpilot.recommend.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TrainContext;
import org.junit.jupiter.api.Test;

class SessionKnnFormatTest {
    private final SessionKnnFormat format = new SessionKnnFormat();
    private final Interactions data = SessionKnnAlgorithmTest.chains(9);

    private SessionKnnModel model() {
        SessionKnnConfig config = SessionKnnConfig.defaults().withDecay(Decay.exponential(0.7)).withNeighbours(20);
        return new SessionKnnAlgorithm().trainer(config, TrainContext.seeded(1)).train(data);
    }

    @Test
    void writeThenReadGivesIdenticalScores() {
        SessionKnnModel m = model();

        SessionKnnModel back = format.read(format.write(m));

        assertThat(back.config()).isEqualTo(m.config());
        assertThat(back.provenance()).isEqualTo(m.provenance());
        float[] a = new float[m.itemCount()];
        float[] b = new float[m.itemCount()];
        for (int u = 0; u < 20; u++) {
            m.score(data.history(u), a);
            back.score(data.history(u), b);
            assertThat(b).containsExactly(a);
        }
    }

    @Test
    void aCorruptedByteIsRejected() {
        byte[] bytes = format.write(model());
        bytes[bytes.length / 3] ^= 0x01;

        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelFormatException.class);
    }
}
