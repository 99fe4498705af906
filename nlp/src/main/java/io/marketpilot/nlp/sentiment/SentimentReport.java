package io.marketpilot.nlp.sentiment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Quality of a sentiment head on labelled texts: overall metrics and per group (category or source), with the
 * neutral share (texts inside the neutral band; they still count by which side of 0.5 they fall).
 */
public record SentimentReport(BinaryMetrics overall, Map<String, BinaryMetrics> byGroup, double neutralShare) {

    /** Scores {@code texts} with {@code model}; {@code embedding} gives each text's encoding (or null). */
    public static SentimentReport of(SentimentModel model, List<LabelledText> texts,
                                     Function<LabelledText, float[]> embedding) {
        BinaryMetrics all = new BinaryMetrics();
        Map<String, BinaryMetrics> groups = new TreeMap<>();
        long neutral = 0;
        for (LabelledText t : texts) {
            Sentiment s = model.score(t.text(), model.usesEmbeddings() ? embedding.apply(t) : null);
            all.add(t.positive(), s.positive());
            groups.computeIfAbsent(t.group(), g -> new BinaryMetrics()).add(t.positive(), s.positive());
            neutral += s.polarity() == Sentiment.Polarity.NEUTRAL ? 1 : 0;
        }
        return new SentimentReport(all, groups, texts.isEmpty() ? 0 : neutral / (double) texts.size());
    }
}
