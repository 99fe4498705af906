package io.marketpilot.nlp.sentiment;

import io.marketpilot.nlp.encoder.TextEncoder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole reproducible training run behind {@code nlp train-sentiment}: read the datasets, apply the shipped split,
 * encode the corpus (through the embedding cache file), train the head and the n-gram baseline on the same split,
 * and measure both on the test part, per category, on the English sentences and on the ChnSentiCorp hotel reviews
 * that online_shopping_10_cats does not contain (a domain the head has not seen as such).
 */
public final class SentimentTraining {
    /** Progress of the stages: {@code stage} name, done and total units. */
    @FunctionalInterface
    public interface Progress {
        void update(String stage, long done, long total);
    }

    /** A trained head, its baseline, and their quality. */
    public record Result(SentimentModel model, SentimentModel baseline, SentimentReport test,
                         SentimentReport baselineTest, SentimentReport hotel, SentimentReport baselineHotel,
                         int trainSize, int validationSize, double seconds) {

        /** Everything as plain maps and numbers (the CLI prints it as JSON). */
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("encoder", model.encoderName());
            m.put("train_size", trainSize);
            m.put("validation_size", validationSize);
            m.put("test", SentimentSummaries.of(test));
            m.put("baseline_test", SentimentSummaries.of(baselineTest));
            m.put("hotel_unseen", SentimentSummaries.of(hotel));
            m.put("baseline_hotel_unseen", SentimentSummaries.of(baselineHotel));
            m.put("provenance", SentimentSummaries.of(model.provenance()));
            m.put("seconds", seconds);
            return m;
        }
    }

    private SentimentTraining() {}

    public static Result run(Path dataDir, Path cacheFile, TextEncoder encoder, int encoderMaxTokens,
                             SentimentConfig config, String codeVersion, Instant trainedAt, Progress progress) {
        long start = System.nanoTime();
        SentimentCorpora corpora = new SentimentCorpora(dataDir);
        if (!corpora.present()) {
            throw new IllegalArgumentException("the sentiment datasets are not under " + dataDir.toAbsolutePath()
                + ": expected " + SentimentCorpora.SHOPPING + ", " + SentimentCorpora.UCI + " and " + SentimentCorpora.HOTEL);
        }
        progress.update("read", 0, 1);
        SentimentSplit.Parts parts = SentimentSplit.shipped().apply(corpora.trainingPool());
        List<LabelledText> hotel = unseenHotelReviews(corpora);
        progress.update("read", 1, 1);
        List<LabelledText> toEncode = new ArrayList<>(parts.train());
        toEncode.addAll(parts.validation());
        toEncode.addAll(parts.test());
        toEncode.addAll(hotel);
        Map<String, float[]> embeddings = EmbeddingCacheFile.encode(cacheFile, encoder, toEncode,
            (done, total) -> progress.update("encode", done, total));
        SentimentData data = new SentimentData(parts.train(), parts.validation(), embeddings, encoder.name(),
            encoderMaxTokens);
        SentimentModel model = new SentimentTrainer(config, codeVersion, trainedAt,
            f -> progress.update("train", Math.round(f * 100), 100)).train(data);
        SentimentModel baseline = new SentimentTrainer(config.baseline(), codeVersion, trainedAt,
            f -> progress.update("baseline", Math.round(f * 100), 100)).train(data);
        return new Result(model, baseline,
            SentimentReport.of(model, parts.test(), data::embedding),
            SentimentReport.of(baseline, parts.test(), data::embedding),
            SentimentReport.of(model, hotel, data::embedding),
            SentimentReport.of(baseline, hotel, data::embedding),
            parts.train().size(), parts.validation().size(), (System.nanoTime() - start) / 1e9);
    }

    /** ChnSentiCorp hotel reviews whose text (whitespace-collapsed) is not in online_shopping_10_cats. */
    public static List<LabelledText> unseenHotelReviews(SentimentCorpora corpora) {
        Set<String> seen = new HashSet<>();
        for (LabelledText t : corpora.shopping()) {
            seen.add(t.dedupKey());
        }
        List<LabelledText> out = new ArrayList<>();
        for (LabelledText t : corpora.hotel()) {
            if (!t.dedupKey().isEmpty() && seen.add(t.dedupKey())) {
                out.add(t);
            }
        }
        return out;
    }
}
