package io.marketpilot.store.sqlite;

import io.marketpilot.core.model.Provenance;
import io.marketpilot.store.json.JsonCodec;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** {@link Provenance} as JSON. Metrics that are not finite (NaN when a metric was undefined) are kept as strings. */
final class ProvenanceDocs {
    private ProvenanceDocs() {}

    static String toJson(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", p.algorithm());
        m.put("config", new TreeMap<>(p.config()));
        m.put("data_fingerprint", p.dataFingerprint());
        m.put("seed", p.seed());
        m.put("code_version", p.codeVersion());
        m.put("trained_at", p.trainedAt() == null ? null : p.trainedAt().toString());
        m.put("metrics", new TreeMap<>(p.metrics()));
        return JsonCodec.write(m);
    }

    @SuppressWarnings("unchecked")
    static Provenance fromJson(String json) {
        Map<String, Object> m = JsonCodec.readObject(json);
        Map<String, String> config = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("config")).forEach((k, v) -> config.put(k, (String) v));
        Map<String, Double> metrics = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("metrics")).forEach((k, v) -> metrics.put(k,
                v instanceof Number n ? n.doubleValue() : Double.parseDouble((String) v)));
        String trainedAt = (String) m.get("trained_at");
        return new Provenance((String) m.get("algorithm"), config, (String) m.get("data_fingerprint"),
                ((Number) m.get("seed")).longValue(), (String) m.get("code_version"),
                trainedAt == null ? null : Instant.parse(trainedAt), metrics);
    }
}
