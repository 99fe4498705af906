package io.marketpilot.nlp.sentiment;

import io.marketpilot.core.model.Provenance;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reports and provenance as plain maps (JSON-ready), rounded to 4 decimals. */
public final class SentimentSummaries {
    private SentimentSummaries() {}

    public static Map<String, Object> of(BinaryMetrics b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", b.count());
        m.put("accuracy", round(b.accuracy()));
        m.put("macro_f1", round(b.macroF1()));
        m.put("confusion", b.confusion());
        return m;
    }

    public static Map<String, Object> of(SentimentReport r) {
        Map<String, Object> m = of(r.overall());
        m.put("neutral_share", round(r.neutralShare()));
        Map<String, Object> groups = new LinkedHashMap<>();
        r.byGroup().forEach((g, b) -> groups.put(g, Map.of("n", b.count(), "accuracy", round(b.accuracy()),
            "macro_f1", round(b.macroF1()))));
        if (groups.size() > 1) {
            m.put("by_group", groups);
        }
        return m;
    }

    public static Map<String, Object> of(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", p.algorithm());
        m.put("config", new java.util.TreeMap<>(p.config()));
        m.put("data_fingerprint", p.dataFingerprint());
        m.put("seed", p.seed());
        m.put("code_version", p.codeVersion());
        m.put("trained_at", p.trainedAt() == null ? null : p.trainedAt().toString());
        Map<String, Object> metrics = new LinkedHashMap<>();
        new java.util.TreeMap<>(p.metrics()).forEach((k, v) -> metrics.put(k, round(v)));
        m.put("metrics", metrics);
        return m;
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10_000) / 10_000.0;
    }
}
