package io.marketpilot.engine.experiments;

import io.marketpilot.engine.recommend.RecommendationRequest;
import io.marketpilot.experiments.assignment.Variant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recommendation experiments decided at request time. A running experiment whose {@code decision} is
 * {@code recommendations} (or {@code recommendations.<anything>}) applies to every recommendation request of a
 * unit, {@code recommendations:<placement>} to that placement only. The unit's variant is asked for when the
 * request is served (which logs the exposure the first time) and its configuration is applied:
 * <ul>
 *   <li>{@code strategy} (or {@code model}): {@code popular} serves what a newcomer with the customer's traits would
 *   see; anything else ({@code personal}, {@code hybrid}) the personal recommendations;</li>
 *   <li>{@code placement}: serve with that placement's defaults;</li>
 *   <li>{@code include}, {@code exclude}, {@code boost}: rules in the API's syntax, several separated by {@code ;}.</li>
 * </ul>
 * Several experiments may apply to one request (different layers); they are applied in id order.
 */
public final class RecommendationVariants {
    private static final String DECISION = "recommendations";
    private final ExperimentService experiments;

    public RecommendationVariants(ExperimentService experiments) {
        this.experiments = experiments;
    }

    /** The request as the unit's variants configure it, whether it is personal, and the variants used. */
    public record Decided(RecommendationRequest request, boolean personal, List<String> variants) {
    }

    public Decided decide(RecommendationRequest request) {
        List<String> ids = experiments.running(d -> applies(d, request.placement()));
        if (ids.isEmpty()) {
            return new Decided(request, true, List.of());
        }
        RecommendationRequest r = request;
        boolean personal = true;
        List<String> used = new ArrayList<>();
        for (String id : ids) {
            Optional<Variant> v = experiments.variantFor(id, request.actorKey());
            if (v.isEmpty()) {
                continue;
            }
            Map<String, String> config = v.get().config();
            used.add(id + ":" + v.get().key());
            String strategy = config.getOrDefault("strategy", config.getOrDefault("model", "personal"));
            personal &= !strategy.equals("popular");
            List<Map.Entry<String, String>> rules = new ArrayList<>(r.rules());
            for (String kind : List.of("include", "exclude", "boost")) {
                String value = config.get(kind);
                if (value != null) {
                    for (String rule : value.split(";")) {
                        if (!rule.isBlank()) {
                            rules.add(new AbstractMap.SimpleEntry<>(kind, rule.strip()));
                        }
                    }
                }
            }
            r = new RecommendationRequest(r.actorKey(), r.n(), config.getOrDefault("placement", r.placement()),
                    r.contextItems(), rules, r.geo());
        }
        return new Decided(r, personal, List.copyOf(used));
    }

    static boolean applies(String decision, String placement) {
        if (decision == null) {
            return false;
        }
        if (decision.equals(DECISION) || decision.startsWith(DECISION + ".")) {
            return true;
        }
        return decision.equals(DECISION + ":" + placement);
    }
}
