package io.marketpilot.recommend.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TrainContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssociationRulesFormatTest {
    private final AssociationRulesFormat format = new AssociationRulesFormat();

    private static AssociationRulesModel model() {
        Random rnd = new Random(11);
        Purchases p = new Purchases();
        for (int u = 0; u < 60; u++) {
            for (int k = 0; k < 6; k++) {
                p.add("u" + u, "i" + rnd.nextInt(12), k < 3 ? 0 : 500);
            }
        }
        Interactions data = p.build();
        RulesConfig config = RulesConfig.defaults().withMinSupport(MinSupport.baskets(3)).withMinConfidence(0.1);
        return new AssociationRulesAlgorithm().trainer(config, TrainContext.seeded(1)).train(data);
    }

    @Test
    void writeThenReadGivesIdenticalScoresAndLists() {
        AssociationRulesModel m = model();

        AssociationRulesModel back = format.read(format.write(m));

        assertThat(m.ruleCount()).isGreaterThan(10);
        assertThat(back.ruleCount()).isEqualTo(m.ruleCount());
        assertThat(back.provenance()).isEqualTo(m.provenance());
        for (int i = 0; i < m.itemCount(); i++) {
            assertThat(back.boughtTogether(i, 50)).isEqualTo(m.boughtTogether(i, 50));
        }
        float[] a = new float[m.itemCount()];
        float[] b = new float[m.itemCount()];
        for (int[] h : new int[][] {{0}, {1, 2}, {3, 4, 5}, {}}) {
            m.score(io.marketpilot.recommend.model.UserHistory.anonymous(h), a);
            back.score(io.marketpilot.recommend.model.UserHistory.anonymous(h), b);
            assertThat(b).containsExactly(a);
        }
    }

    @Test
    void aCorruptedByteIsRejected() {
        byte[] bytes = format.write(model());
        bytes[bytes.length / 2] ^= 0x10;

        assertThatThrownBy(() -> format.read(bytes)).isInstanceOf(ModelFormatException.class)
            .hasMessageContaining("checksum");
    }
}
