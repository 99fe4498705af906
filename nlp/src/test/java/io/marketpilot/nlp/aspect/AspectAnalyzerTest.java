package io.marketpilot.nlp.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.sentiment.Sentiment;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped head and the int8 encoder on reviews and on the 390 hand-labelled clauses. */
class AspectAnalyzerTest {
    private static OnnxTextEncoder encoder;
    private static AspectAnalyzer analyzer;

    @BeforeAll
    static void load() {
        SentimentModel head = SentimentModelFormat.shipped();
        encoder = OnnxTextEncoder.load(EncoderConfig.defaults(Path.of("target", "nlp-native"))
            .withVariant(EncoderVariant.INT8).withMaxTokens(head.usesEmbeddings() ? head.encoderMaxTokens() : 128));
        analyzer = new AspectAnalyzer(encoder, head, AspectConfig.defaults());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void a_mixed_review_gets_each_aspect_with_its_own_polarity() {
        ReviewAnalysis a = analyzer.analyse("物流很快，第二天就到了。但是质量太差，穿了一次就开线了。");
        assertThat(a.aspects()).anySatisfy(m -> {
            assertThat(m.aspect()).isEqualTo(Aspect.LOGISTICS);
            assertThat(m.polarity()).isEqualTo(Sentiment.Polarity.POSITIVE);
        });
        assertThat(a.aspects()).anySatisfy(m -> {
            assertThat(m.aspect()).isEqualTo(Aspect.QUALITY);
            assertThat(m.polarity()).isEqualTo(Sentiment.Polarity.NEGATIVE);
        });
        assertThat(a.sentiment().positive()).isFalse();
    }

    @Test
    void the_fast_mode_encodes_only_the_review_and_still_splits_the_aspects() {
        AspectAnalyzer fast = new AspectAnalyzer(encoder, SentimentModelFormat.shipped(), AspectConfig.defaults().fast());
        ReviewAnalysis a = fast.analyse("物流很快，第二天就到了。但是质量太差，穿了一次就开线了。");
        assertThat(a.aspects()).extracting(AspectMention::aspect).contains(Aspect.LOGISTICS, Aspect.QUALITY);
        assertThat(a.aspects()).allMatch(AspectMention::byLexicon);
    }

    @Test
    void each_clause_encoding_mode_encodes_what_it_says() {
        String review = "物流很快，第二天就到了。穿起来挺显瘦的。但是质量太差";
        Map<AspectConfig.ClauseEncoding, List<String>> encoded = new EnumMap<>(AspectConfig.ClauseEncoding.class);
        for (AspectConfig.ClauseEncoding mode : AspectConfig.ClauseEncoding.values()) {
            List<String> seen = new ArrayList<>();
            TextEncoder counting = new TextEncoder() {
                @Override
                public String name() {
                    return encoder.name();
                }

                @Override
                public int dimension() {
                    return encoder.dimension();
                }

                @Override
                public float[] encode(String text) {
                    return encodeAll(List.of(text)).get(0);
                }

                @Override
                public List<float[]> encodeAll(List<String> texts) {
                    seen.addAll(texts);
                    return encoder.encodeAll(texts);
                }
            };
            AspectAnalyzer a = new AspectAnalyzer(counting, SentimentModelFormat.shipped(),
                AspectConfig.defaults().withClauseEncoding(mode));
            seen.clear();   // the prototypes encoded by the constructor
            ReviewAnalysis r = a.analyse(review);
            assertThat(r.aspects()).extracting(AspectMention::aspect).contains(Aspect.LOGISTICS, Aspect.QUALITY);
            encoded.put(mode, List.copyOf(seen));
        }
        assertThat(AspectConfig.defaults().clauseEncoding()).isEqualTo(AspectConfig.ClauseEncoding.NONE);
        assertThat(encoded.get(AspectConfig.ClauseEncoding.ALL))
            .containsExactly(review, "物流很快", "第二天就到了", "穿起来挺显瘦的", "但是质量太差");
        assertThat(encoded.get(AspectConfig.ClauseEncoding.UNMATCHED))
            .containsExactly(review, "第二天就到了", "穿起来挺显瘦的");
        assertThat(encoded.get(AspectConfig.ClauseEncoding.NONE)).containsExactly(review);
        assertThatThrownBy(() -> AspectConfig.ClauseEncoding.parse("some"))
            .hasMessageContaining("all, unmatched or none");
    }

    @Test
    void english_reviews_and_empty_text_work_too() {
        ReviewAnalysis en = analyzer.analyse("Great price, but the battery died after two days.");
        assertThat(en.aspects()).extracting(AspectMention::aspect).contains(Aspect.PRICE, Aspect.FUNCTION);
        assertThat(analyzer.analyse("").aspects()).isEmpty();
    }

    /** Reference (bench `nlp-quality`, docs/benchmarks.md): the numbers this floor sits under. */
    @Test
    void hand_labelled_clauses_reach_the_macro_f1_floors() throws Exception {
        List<AspectEvaluation.LabelledClause> clauses;
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("labelled-clauses.tsv"),
                StandardCharsets.UTF_8)) {
            clauses = AspectEvaluation.read(in);
        }
        assertThat(clauses).hasSizeGreaterThanOrEqualTo(300);
        Map<String, Object> result = AspectEvaluation.run(analyzer, clauses);
        assertThat((double) result.get("aspect_macro_f1")).isGreaterThan(0.75);   // measured 0.789 (none; 0.796 unmatched)
        assertThat((double) result.get("aspect_polarity_macro_f1")).isGreaterThan(0.60);   // measured 0.658 (0.649 before the English sub-head)
    }
}
