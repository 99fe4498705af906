package io.marketpilot.bench;

import io.marketpilot.nlp.aspect.Clauses;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.sentiment.LabelledText;
import io.marketpilot.nlp.sentiment.SentimentCorpora;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import io.marketpilot.nlp.sentiment.SentimentSplit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where review analysis spends its time: token counts of reviews and clauses, the encoder alone per batch size and
 * thread count (ms per sequence and per token, against the research figure of 1.7 ms per 32-token sequence),
 * clause splitting and n-gram scoring. Prints one JSON object.
 *   bench/nlp-profile [--reviews 512] [--max-tokens 128] [--variant int8|fp32] [--quick (2 threads, batch 32 only)]
 */
public final class NlpProfile {
    private NlpProfile() {}

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv, Set.of("datasets", "reviews", "max-tokens", "cache-dir", "variant"), Set.of("quick"));
        Path datasets = args.path("datasets", Path.of("../shared/data"));
        int n = args.integer("reviews", 512, 10, 100_000);
        int maxTokens = args.integer("max-tokens", 128, 8, 512);
        Path cache = args.path("cache-dir", Path.of("bench/target/nlp-cache"));
        SentimentModel head = SentimentModelFormat.shipped(EncoderVariant.parse(args.text("variant", "int8")));
        List<LabelledText> sample = new ArrayList<>(SentimentSplit.shipped()
            .apply(new SentimentCorpora(datasets).trainingPool()).test());
        Collections.shuffle(sample, new Random(42));
        List<String> reviews = sample.subList(0, Math.min(n, sample.size())).stream().map(LabelledText::text).toList();
        List<String> clauses = reviews.stream().flatMap(r -> Clauses.of(r).stream()).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reviews", reviews.size());
        out.put("load_average_at_start", ProcessStats.loadAverage());
        out.put("clauses", clauses.size());
        boolean quick = args.flag("quick");
        EncoderVariant variant = EncoderVariant.parse(args.text("variant", "int8"));
        out.put("encoder", variant.modelName());
        for (int threads : quick ? new int[] {2} : new int[] {2, 1}) {
            EncoderConfig cfg = EncoderConfig.defaults(cache.resolve("native")).withMaxTokens(maxTokens)
                .withCacheSize(0).withThreads(threads).withVariant(variant);
            try (OnnxTextEncoder enc = OnnxTextEncoder.load(cfg)) {
                if (threads == 2) {
                    out.put("review_tokens", stats(enc.tokenCounts(reviews)));
                    out.put("clause_tokens", stats(enc.tokenCounts(clauses)));
                    out.put("tokenize_ms_per_review", ms(() -> enc.tokenCounts(reviews)) / reviews.size());
                }
                enc.encodeAll(reviews.subList(0, 64));
                for (int batch : quick ? new int[] {32} : new int[] {8, 32, 128}) {
                    try (OnnxTextEncoder b = OnnxTextEncoder.load(cfg.withBatchSize(batch))) {
                        b.encodeAll(reviews.subList(0, 32));
                        long cpu0 = ProcessStats.cpuNanos();
                        double r = ms(() -> b.encodeAll(reviews));
                        double rCpu = (ProcessStats.cpuNanos() - cpu0) / 1e6;
                        double c = ms(() -> b.encodeAll(clauses));
                        out.put("encode_t" + threads + "_b" + batch, Map.of(
                            "reviews_ms_per_review", r / reviews.size(), "clauses_ms_per_review", c / reviews.size(),
                            "ms_per_token_reviews", r / sum(enc.tokenCounts(reviews)),
                            "cpu_ms_per_token_reviews", rCpu / sum(enc.tokenCounts(reviews)),
                            "ms_per_token_clauses", c / sum(enc.tokenCounts(clauses))));
                        System.err.println(out);
                    }
                }
            }
        }
        out.put("clauses_of_ms_per_review", ms(() -> reviews.stream().map(Clauses::of).toList()) / reviews.size());
        out.put("ngram_score_ms_per_review", ms(() -> {
            float[] z = new float[512];
            for (String r : reviews) {
                head.score(r, z);
            }
            for (String c : clauses) {
                head.score(c, z);
            }
            return null;
        }) / reviews.size());
        out.put("load_average_at_end", ProcessStats.loadAverage());
        System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
            .writeValueAsString(out));
    }

    private static double ms(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return (System.nanoTime() - t) / 1e6;
    }

    private static long sum(int[] xs) {
        return Arrays.stream(xs).asLongStream().sum();
    }

    private static Map<String, Object> stats(int[] xs) {
        int[] s = xs.clone();
        Arrays.sort(s);
        return Map.of("mean", Arrays.stream(s).average().orElse(0), "p50", s[s.length / 2],
            "p90", s[(int) (s.length * 0.9)], "max", s[s.length - 1], "total", sum(s));
    }
}
