package io.marketpilot.nlp.sentiment;

import io.marketpilot.nlp.encoder.TextEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates a head on labelled texts end to end (encoding included, batched): quality and throughput. */
public final class SentimentEvaluation {
    private static final int BATCH = 256;

    private SentimentEvaluation() {}

    /** Accuracy, macro-F1, confusion matrix, neutral share and texts/s; {@code progress} gets texts done. */
    public static Map<String, Object> run(SentimentModel model, TextEncoder encoder, List<LabelledText> texts,
                                          java.util.function.LongConsumer progress) {
        BinaryMetrics metrics = new BinaryMetrics();
        long neutral = 0;
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<LabelledText> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            List<String> strings = new ArrayList<>(batch.size());
            batch.forEach(t -> strings.add(t.text()));
            List<Sentiment> out = model.scoreAll(strings, encoder);
            for (int i = 0; i < batch.size(); i++) {
                metrics.add(batch.get(i).positive(), out.get(i).positive());
                neutral += out.get(i).polarity() == Sentiment.Polarity.NEUTRAL ? 1 : 0;
            }
            progress.accept(from + batch.size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = SentimentSummaries.of(metrics);
        m.put("neutral_share", SentimentSummaries.round(texts.isEmpty() ? 0 : neutral / (double) texts.size()));
        m.put("seconds", SentimentSummaries.round(seconds));
        m.put("texts_per_second", SentimentSummaries.round(texts.size() / Math.max(seconds, 1e-9)));
        m.put("model", Map.of("encoder", model.encoderName(), "code_version",
            String.valueOf(model.provenance().codeVersion()), "data_fingerprint",
            String.valueOf(model.provenance().dataFingerprint())));
        return m;
    }
}
