package io.marketpilot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketpilot.nlp.aspect.AspectAnalyzer;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.aspect.AspectEvaluation;
import io.marketpilot.nlp.encoder.EncoderConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.OnnxTextEncoder;
import io.marketpilot.nlp.sentiment.LabelledText;
import io.marketpilot.nlp.sentiment.SentimentCorpora;
import io.marketpilot.nlp.sentiment.SentimentEvaluation;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import io.marketpilot.nlp.sentiment.SentimentSplit;
import io.marketpilot.nlp.sentiment.SentimentTraining;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Review analysis speed and footprint, and the shipped models' quality: encoder load time, reviews/s of the full
 * analysis (overall sentiment + clause aspects, batched) on a seeded sample of test-split reviews, the extra RSS
 * the encoder and analysis cost, the aspect macro-F1 on the hand-labelled clauses, and (with --quality) the shipped
 * sentiment head on the whole test split, the English sentences and the unseen ChnSentiCorp hotel reviews.
 * {@code --variant int8|fp32} picks the encoder and with it the head shipped for it.
 * Prints one JSON object; progress on stderr.
 */
public final class NlpBench {
    private NlpBench() {}

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv, Set.of("datasets", "reviews", "threads", "variant", "cache-dir", "modes", "max-tokens", "review-tokens"),
            Set.of("quality", "fast", "intra-op", "validation"));
        if (!args.problems().isEmpty()) {
            System.err.println("nlp bench: " + String.join("; ", args.problems()));
            System.exit(2);
        }
        Path datasets = args.path("datasets", Path.of("../shared/data"));
        int n = args.integer("reviews", 2000, 10, 100_000);
        int threads = args.integer("threads", 2, 1, 64);
        Path cache = args.path("cache-dir", Path.of("bench/target/nlp-cache"));
        Map<String, Object> out = new LinkedHashMap<>();
        EncoderVariant variant = EncoderVariant.parse(args.text("variant", "int8"));
        SentimentModel head = SentimentModelFormat.shipped(variant);   // the head trained on this variant
        SentimentCorpora corpora = new SentimentCorpora(datasets);
        SentimentSplit.Parts parts = SentimentSplit.shipped().apply(corpora.trainingPool());
        List<LabelledText> sample = new ArrayList<>(parts.test());
        Collections.shuffle(sample, new Random(42));
        List<String> reviews = sample.subList(0, Math.min(n, sample.size())).stream().map(LabelledText::text).toList();
        System.gc();
        System.err.println("load average at start: " + ProcessStats.loadAverage());
        double rssBefore = ProcessStats.rssMb();
        ProcessStats.resetPeaks();
        long t0 = System.nanoTime();
        OnnxTextEncoder encoder = OnnxTextEncoder.load(EncoderConfig.defaults(cache.resolve("native"))
            .withVariant(variant).withThreads(threads).withMaxTokens(args.integer("max-tokens", head.usesEmbeddings() ? head.encoderMaxTokens() : 128, 8, 512))
            .withCacheSize(0).withParallelBatches(!args.flag("intra-op")));
        encoder.encode("预热");
        out.put("encoder_layout", args.flag("intra-op") ? "one batch at a time, intra-op threads"
            : "batches in parallel, one ONNX thread each");
        out.put("encoder", encoder.name());
        out.put("load_average_at_start", ProcessStats.loadAverage());
        out.put("encoder_load_seconds", round((System.nanoTime() - t0) / 1e9));
        // --modes all,unmatched: the clause-encoding modes to time one after another in this run (same load)
        List<AspectConfig.ClauseEncoding> modes = args.flag("fast") ? List.of(AspectConfig.ClauseEncoding.NONE)
            : java.util.Arrays.stream(args.text("modes", AspectConfig.defaults().clauseEncoding().code()).split(",")).map(String::strip)
                .map(AspectConfig.ClauseEncoding::parse).toList();
        AspectAnalyzer analyzer = null;
        List<Map<String, Object>> runs = new ArrayList<>();
        for (AspectConfig.ClauseEncoding mode : modes) {
            AspectConfig aspectConfig = AspectConfig.defaults().withClauseEncoding(mode)
                .withMaxTokens(args.integer("review-tokens", AspectConfig.defaults().maxTokens(), 0, 512));
            analyzer = new AspectAnalyzer(encoder, head, aspectConfig);
            analyzer.analyseAll(reviews.subList(0, Math.min(64, reviews.size())));   // warm-up
            long t1 = System.nanoTime();
            long cpu0 = ProcessStats.cpuNanos();
            int mentions = 0;
            for (int from = 0; from < reviews.size(); from += 128) {
                for (var a : analyzer.analyseAll(reviews.subList(from, Math.min(reviews.size(), from + 128)))) {
                    mentions += a.aspects().size();
                }
                System.err.print("\r" + mode.code() + ": analysed " + Math.min(reviews.size(), from + 128) + "/"
                    + reviews.size());
            }
            System.err.println();
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpu = (ProcessStats.cpuNanos() - cpu0) / 1e9;
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("clause_encoding", mode.code());
            run.put("review_tokens", aspectConfig.maxTokens());
            run.put("reviews", reviews.size());
            run.put("seconds", round(seconds));
            run.put("reviews_per_second", round(reviews.size() / seconds));
            run.put("cpu_seconds", round(cpu));
            run.put("reviews_per_cpu_second", round(reviews.size() / cpu));
            run.put("aspect_mentions", mentions);
            run.put("threads", threads);
            run.put("mean_review_chars", round(reviews.stream().mapToInt(String::length).average().orElse(0)));
            Path fixture = Path.of("nlp/src/test/resources/io/marketpilot/nlp/aspect/labelled-clauses.tsv");
            if (Files.exists(fixture)) {
                try (var in = Files.newBufferedReader(fixture, StandardCharsets.UTF_8)) {
                    Map<String, Object> q = AspectEvaluation.run(analyzer, AspectEvaluation.read(in));
                    run.put("aspect_macro_f1", q.get("aspect_macro_f1"));
                    run.put("aspect_polarity_macro_f1", q.get("aspect_polarity_macro_f1"));
                }
            }
            runs.add(run);
            System.err.println(run);
        }
        out.put("analysis", runs.size() == 1 ? runs.get(0) : runs);
        out.put("load_average_at_end", ProcessStats.loadAverage());
        out.put("extra_rss_mb", round(ProcessStats.peakRssMb() - rssBefore));
        if (args.flag("validation")) {
            // the validation part: for choosing encoder settings (e.g. --max-tokens) without looking at the test part
            out.put("sentiment_validation", SentimentEvaluation.run(head, encoder, parts.validation(), d -> { }));
        }
        if (args.flag("quality")) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("test_split", SentimentEvaluation.run(head, encoder, parts.test(), d -> { }));
            q.put("english_test", SentimentEvaluation.run(head, encoder,
                parts.test().stream().filter(t -> t.group().startsWith("en-")).toList(), d -> { }));
            q.put("hotel_unseen", SentimentEvaluation.run(head, encoder, SentimentTraining.unseenHotelReviews(corpora),
                d -> { }));
            out.put("sentiment", q);
        }
        out.put("shipped_head", Map.of("encoder", head.encoderName(), "code_version",
            String.valueOf(head.provenance().codeVersion()), "metrics", head.provenance().metrics()));
        encoder.close();
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
