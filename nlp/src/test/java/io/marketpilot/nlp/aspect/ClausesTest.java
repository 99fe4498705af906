package io.marketpilot.nlp.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTest {
    @Test
    void splits_at_punctuation_and_before_contrast_words() {
        assertThat(Clauses.of("物流很快，包装完好！但是质量一般。"))
            .containsExactly("物流很快", "包装完好", "但是质量一般");
        assertThat(Clauses.of("衣服好看不过尺码偏小")).containsExactly("衣服好看", "不过尺码偏小");
        assertThat(Clauses.of("Great price, but the battery died. Shipping was fast!"))
            .containsExactly("Great price", "but the battery died", "Shipping was fast");
    }

    @Test
    void blank_punctuation_only_and_null_texts_have_no_clauses() {
        assertThat(Clauses.of(null)).isEmpty();
        assertThat(Clauses.of("  ，。!!  ")).isEmpty();
        assertThat(Clauses.of("\uFEFF好")).containsExactly("好");
    }

    @Test
    void a_huge_review_is_capped() {
        assertThat(Clauses.of("好，".repeat(10_000))).hasSize(64);
    }
}
