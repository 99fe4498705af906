package io.marketpilot.recommend.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TrainContext;
import org.junit.jupiter.api.Test;

class ContentFormatTest {
    private final ContentFormat format = new ContentFormat();
    private final Catalogue catalogue = ContentAlgorithmTest.shop();
    private final Interactions data = catalogue.build();

    private ContentModel model() {
        return new ContentAlgorithm(catalogue::text).trainer(ContentConfig.defaults(), TrainContext.seeded(3))
            .train(data);
    }

    @Test
    void writeThenReadGivesIdenticalScoresAndNeighbours() {
        ContentModel m = model();

        ContentModel back = format.read(format.write(m));

        assertThat(back.provenance()).isEqualTo(m.provenance());
        float[] a = new float[m.itemCount()];
        float[] b = new float[m.itemCount()];
        for (int u = 0; u < data.userCount(); u++) {
            m.score(data.history(u), a);
            back.score(data.history(u), b);
            assertThat(b).containsExactly(a);
        }
        for (int i = 0; i < m.itemCount(); i++) {
            assertThat(back.similar(i, 10)).isEqualTo(m.similar(i, 10));
        }
    }

    @Test
    void aCorruptedByteIsRejected() {
        byte[] bytes = format.write(model());
        bytes[bytes.length - 20] ^= 0x40;

        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelFormatException.class);
    }
}
