package io.marketpilot.nlp.intent;

import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.fixture.BgeFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Chooses the intent head's feature weights by 5-fold cross-validation on the TRAIN split only (the held-out split
 * is not looked at): {@code mvn -B -q -o -pl nlp -am test -Dtest=IntentTuningCv -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnlp.intent.tune=true} (add {@code -Dnlp.intent.variant=fp32} for the fp32 encoder).
 */
@EnabledIfSystemProperty(named = "nlp.intent.tune", matches = "true")
class IntentTuningCv {
    @Test
    void grid() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);
        boolean fp32 = EncoderVariant.parse(System.getProperty("nlp.intent.variant", "int8")) == EncoderVariant.FP32;
        TextEncoder cached = new CachedEncoder(fp32 ? BgeFixture.fp32() : BgeFixture.shared());
        // measured (990 train rows, 4,096 buckets): 2/2 0.833, 3/2 0.824, 2/3 0.831, 4/3 0.834, 1/2 0.799,
        // 3/3 0.843 (first shipped), 4/4 0.846; 120 epochs instead of 60 changes nothing beyond 0.002.
        // With 1,170 train rows see docs/benchmarks.md §10 (second pass).
        float[][] weights = {{3, 3}, {4, 4}, {3, 4}, {4, 3}, {5, 5}, {2, 4}, {3, 5}};
        for (int buckets : new int[] {4096}) {
            var base = new IntentTrainerConfig(60, 16, 0.5, 1e-5, buckets, 3, 3);
            List<IntentTrainer.Example> train = IntentClassifier.bundledData(cached, base).train();
            for (float[] w : weights) {
                var cfg = new IntentTrainerConfig(60, 16, 0.5, 1e-5, buckets, w[0], w[1]);
                double sum = 0;
                for (int fold = 0; fold < 5; fold++) {
                    List<IntentTrainer.Example> fit = new ArrayList<>();
                    List<IntentTrainer.Example> val = new ArrayList<>();
                    for (int i = 0; i < train.size(); i++) {
                        (i % 5 == fold ? val : fit).add(train.get(i));
                    }
                    var m = new IntentTrainer(cfg, 7, clock, "cv").train(new IntentTrainer.Data(fit, List.of(),
                            cached.name(), cached.dimension(), "cv"));
                    sum += IntentTrainer.accuracy(m, val);
                }
                System.out.printf("CV buckets=%d ew=%.0f nw=%.0f rows=%d -> %.4f%n", buckets, w[0], w[1],
                        train.size(), sum / 5);
            }
        }
    }

    /** Encodes each distinct text once, so the bucket sizes share the embeddings. */
    private record CachedEncoder(TextEncoder inner, Map<String, float[]> memo) implements TextEncoder {
        CachedEncoder(TextEncoder inner) {
            this(inner, new HashMap<>());
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public float[] encode(String text) {
            return encodeAll(List.of(text)).get(0);
        }

        @Override
        public List<float[]> encodeAll(List<String> texts) {
            List<String> missing = texts.stream().filter(t -> !memo.containsKey(t)).distinct().toList();
            if (!missing.isEmpty()) {
                List<float[]> fresh = inner.encodeAll(missing);
                for (int i = 0; i < missing.size(); i++) {
                    memo.put(missing.get(i), fresh.get(i));
                }
            }
            return texts.stream().map(memo::get).toList();
        }
    }
}
