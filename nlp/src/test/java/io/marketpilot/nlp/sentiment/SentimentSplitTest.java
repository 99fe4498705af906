package io.marketpilot.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentSplitTest {
    @Test
    void duplicates_keep_their_first_row_and_conflicting_or_empty_texts_go() {
        List<LabelledText> pool = List.of(
            new LabelledText("osc:1", "好 评", true, "a"), new LabelledText("osc:2", "好  评 ", true, "a"),
            new LabelledText("osc:3", "一般", true, "a"), new LabelledText("osc:4", "一般", false, "a"),
            new LabelledText("osc:5", "  ", false, "a"), new LabelledText("osc:6", "差", false, "a"));
        assertThat(SentimentSplit.deduplicated(pool)).extracting(LabelledText::id).containsExactly("osc:1", "osc:6");
    }

    @Test
    void the_text_form_round_trips() throws Exception {
        SentimentSplit s = new SentimentSplit(7, 100, java.util.Set.of("osc:3", "uci-imdb:4"), java.util.Set.of("osc:9"));
        SentimentSplit back = SentimentSplit.read(new ByteArrayInputStream(s.write().getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(s);
    }

    @Test
    void the_shipped_split_is_disjoint_and_ten_percent_each() {
        SentimentSplit s = SentimentSplit.shipped();
        assertThat(s.seed()).isEqualTo(SentimentSplit.SEED);
        assertThat(s.validation()).doesNotContainAnyElementsOf(s.test());
        assertThat(s.test().size() / (double) s.poolSize()).isBetween(0.099, 0.101);
        assertThat(s.validation().size()).isEqualTo(s.test().size());
    }

    @Test
    void the_shipped_split_is_reproduced_from_the_data_and_stratified() {
        SentimentCorpora c = TestData.corpora();
        List<LabelledText> pool = c.trainingPool();
        SentimentSplit again = SentimentSplit.make(pool, SentimentSplit.SEED);
        assertThat(again).isEqualTo(SentimentSplit.shipped());
        SentimentSplit.Parts parts = SentimentSplit.shipped().apply(pool);
        Map<String, int[]> perStratum = new HashMap<>();
        parts.train().forEach(t -> perStratum.computeIfAbsent(t.group() + t.positive(), k -> new int[2])[0]++);
        parts.test().forEach(t -> perStratum.computeIfAbsent(t.group() + t.positive(), k -> new int[2])[1]++);
        perStratum.forEach((k, n) -> assertThat(n[1] / (double) (n[0] + n[1])).as(k).isBetween(0.07, 0.14));
        assertThat(parts.train().size() + parts.validation().size() + parts.test().size()).isEqualTo(again.poolSize());
    }

    @Test
    void a_different_pool_is_refused() {
        SentimentSplit s = new SentimentSplit(1, 3, java.util.Set.of(), java.util.Set.of());
        assertThatThrownBy(() -> s.apply(List.of(new LabelledText("osc:1", "x", true, "a"))))
            .hasMessageContaining("datasets differ");
    }
}
