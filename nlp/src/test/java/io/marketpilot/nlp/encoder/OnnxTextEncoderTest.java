package io.marketpilot.nlp.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The int8 BGE encoder loaded from its Maven artifact: unit vectors, meaning, batching, cache, threads. */
class OnnxTextEncoderTest {
    private static OnnxTextEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = OnnxTextEncoder.load(EncoderConfig.defaults(Path.of("target", "nlp-native")).withCacheSize(100));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void encodings_are_512_dimensional_unit_vectors_and_named_by_variant() {
        float[] v = encoder.encode("质量很好，物流也快");
        assertThat(v).hasSize(512);
        assertThat(dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(encoder.name()).isEqualTo("bge-small-zh-v1.5-int8");
        assertThat(encoder.encode("")).hasSize(512);
    }

    @Test
    void paraphrases_are_closer_than_unrelated_texts_in_both_languages() {
        float[] good = encoder.encode("质量很好");
        assertThat(dot(good, encoder.encode("质量非常好"))).isGreaterThan(dot(good, encoder.encode("物流太慢了")) + 0.2);
        float[] fast = encoder.encode("the delivery was fast");
        assertThat(dot(fast, encoder.encode("shipping was quick"))).isGreaterThan(dot(fast, encoder.encode("the color is ugly")));
    }

    @Test
    void a_batch_gives_what_single_calls_give_in_input_order() {
        List<String> texts = List.of("很好", "a much longer English sentence about a phone whose battery died", "", "很好",
            "物流太慢了，包装也破了");
        List<float[]> batch = encoder.encodeAll(texts);
        assertThat(batch).hasSize(5);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(dot(batch.get(i), encoder.encode(texts.get(i)))).isGreaterThan(0.999);
        }
    }

    @Test
    void many_batches_run_in_parallel_and_land_in_input_order() {
        String[] phrases = {"物流很快，第二天就到了", "the battery died after two days", "衣服尺码偏小", "great value for money",
            "客服态度很差，不理人", "the screen is bright and sharp", "水果很新鲜，很甜", "packaging was damaged",
            "洗发水味道很好闻", "it fits perfectly"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {   // 4 batches of 32 after sorting by length, run on 2 threads
            texts.add((phrases[i % 10] + "。").repeat(1 + i / 10));
        }
        int[] probe = {0, 1, 37, 64, 99};   // five different phrases
        try (OnnxTextEncoder uncached = OnnxTextEncoder.load(encoder.config().withCacheSize(0))) {
            List<float[]> all = uncached.encodeAll(texts);
            for (int i : probe) {
                float[] single = uncached.encode(texts.get(i));
                // int8 activations are quantised per batch, so a text's vector moves a little with its batch-mates
                assertThat(dot(all.get(i), single)).isGreaterThan(0.98);
                for (int j : probe) {
                    if (j != i) {
                        assertThat(dot(all.get(j), single)).isLessThan(dot(all.get(i), single));
                    }
                }
            }
        }
    }

    @Test
    void a_token_limit_reads_only_the_first_tokens_and_is_cached_apart() {
        String text = "物流很快质量很好价格便宜包装也不错";
        float[] cut = encoder.encodeAll(List.of(text), 8).get(0);   // [CLS] + 6 characters + [SEP]
        assertThat(dot(cut, encoder.encode("物流很快质量"))).isGreaterThan(0.999);
        assertThat(dot(encoder.encode(text), cut)).isLessThan(0.99);
        assertThat(dot(encoder.encodeAll(List.of(text), 8).get(0), cut)).isGreaterThan(0.9999);
        assertThat(dot(encoder.encodeAll(List.of(text), 1000).get(0), encoder.encode(text))).isGreaterThan(0.9999);
    }

    @Test
    void repeated_texts_come_from_the_cache_and_callers_cannot_corrupt_it() {
        long hits = encoder.cacheHitsAndMisses()[0];
        float[] first = encoder.encode("缓存测试");
        first[0] = 42f;
        float[] second = encoder.encode("缓存测试");
        assertThat(encoder.cacheHitsAndMisses()[0]).isGreaterThan(hits);
        assertThat(second[0]).isNotEqualTo(42f);
    }

    @Test
    void concurrent_callers_get_consistent_results() throws Exception {
        float[] expected = encoder.encode("并发一致");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int k = i;
                futures.add(pool.submit(() -> encoder.encodeAll(List.of("并发一致", "text " + k)).get(0)));
            }
            for (Future<float[]> f : futures) {
                assertThat(dot(f.get(), expected)).isGreaterThan(0.999);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void config_is_validated() {
        assertThatThrownBy(() -> EncoderConfig.defaults(Path.of("x")).withMaxTokens(1000))
            .hasMessageContaining("max_tokens");
        assertThatThrownBy(() -> EncoderVariant.parse("fp16")).hasMessageContaining("int8 or fp32");
    }
}
