package io.marketpilot.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.model.Provenance;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionGateTest {
    private static Provenance withNdcg(Double ndcg) {
        return new Provenance("shop-recommender", Map.of(), "fp", 1, "dev", Instant.EPOCH,
            ndcg == null ? Map.of() : Map.of("NDCG@10", ndcg));
    }

    private final PromotionGate gate = new PromotionGate(0.10);

    @Test
    void the_first_model_is_always_promoted() {
        assertThat(gate.decide(withNdcg(0.01), Optional.empty()).promote()).isTrue();
    }

    @Test
    void a_candidate_within_the_tolerance_is_promoted_and_a_worse_one_stays_a_candidate() {
        assertThat(gate.decide(withNdcg(0.091), Optional.of(withNdcg(0.10))).promote()).isTrue();
        var worse = gate.decide(withNdcg(0.089), Optional.of(withNdcg(0.10)));
        assertThat(worse.promote()).isFalse();
        assertThat(worse.reason()).contains("0.0890").contains("0.1000").contains("candidate");
    }

    @Test
    void an_unmeasured_candidate_does_not_replace_a_measured_model() {
        assertThat(gate.decide(withNdcg(null), Optional.of(withNdcg(0.1))).promote()).isFalse();
        assertThat(gate.decide(withNdcg(0.05), Optional.of(withNdcg(null))).promote()).isTrue();
        assertThat(gate.decide(withNdcg(null), Optional.of(withNdcg(null))).promote()).isTrue();
    }
}
