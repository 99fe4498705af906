package io.marketpilot.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
    @Test
    void accuracy_and_macro_f1_by_hand() {
        BinaryMetrics m = new BinaryMetrics();
        // tp=3 fn=1 fp=2 tn=4
        for (int i = 0; i < 3; i++) {
            m.add(true, true);
        }
        m.add(true, false);
        m.add(false, true);
        m.add(false, true);
        for (int i = 0; i < 4; i++) {
            m.add(false, false);
        }
        assertThat(m.accuracy()).isCloseTo(0.7, offset(1e-12));
        double f1pos = 6.0 / (6 + 2 + 1);
        double f1neg = 8.0 / (8 + 1 + 2);
        assertThat(m.macroF1()).isCloseTo((f1pos + f1neg) / 2, offset(1e-12));
        assertThat(m.confusion().get("actual_positive").get("predicted_negative")).isEqualTo(1L);
    }
}
