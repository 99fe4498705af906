package io.marketpilot.server.text;

import io.marketpilot.engine.text.TextAnalysis;
import io.marketpilot.nlp.entity.Entity;
import io.marketpilot.nlp.intent.Intent;
import io.marketpilot.nlp.intent.IntentPrediction;
import io.marketpilot.nlp.text.AnalyzedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of text analysis (snake_case keys, stable order). */
public final class TextWire {
    private TextWire() {}

    public static Map<String, Object> analysis(TextAnalysis a) {
        AnalyzedText t = a.text();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", t.text());
        out.put("language", t.language().wireName());
        out.put("truncated", t.normalized().truncated());
        out.put("original_length", t.normalized().originalLength());
        out.put("notices", t.notices());
        out.put("emojis", t.normalized().emojis());
        out.put("tokens", t.tokens().stream().map(k -> Map.of("word", k.word(), "pos", k.pos())).toList());
        out.put("keywords", t.keywords().stream().map(k -> Map.of("word", k.word(), "score", round(k.score()))).toList());
        out.put("entities", a.entities().stream().map(TextWire::entity).toList());
        out.put("intent", intent(a.intent()));
        out.put("sentiment", a.sentiment().map(s -> Map.of("label", s.label(), "probability", round(s.probability())))
                .orElse(null));
        out.put("aspects", a.aspects().stream().map(s -> Map.of("aspect", s.aspect(), "polarity", s.polarity(),
                "clause", s.clause())).toList());
        return out;
    }

    public static Map<String, Object> intent(IntentPrediction p) {
        Map<String, Object> probabilities = new LinkedHashMap<>();
        for (Intent i : Intent.values()) {
            probabilities.put(i.wireName(), round(p.probabilities().getOrDefault(i, 0.0)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intent", p.intent().wireName());
        out.put("confidence", round(p.confidence()));
        out.put("probabilities", probabilities);
        return out;
    }

    private static Map<String, Object> entity(Entity e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", e.text());
        out.put("type", e.type().wireName());
        out.put("start", e.start());
        out.put("end", e.end());
        out.put("canonical", e.canonical());
        out.put("item_ids", e.itemIds().size() > 20 ? List.copyOf(e.itemIds().subList(0, 20)) : e.itemIds());
        return out;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
