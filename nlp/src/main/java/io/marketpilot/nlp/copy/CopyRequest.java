package io.marketpilot.nlp.copy;

import io.marketpilot.core.catalog.Item;
import java.util.List;
import java.util.Objects;

/**
 * Copy for {@code item} of a {@code kind}, in {@code language} ({@code zh} or {@code en}), {@code variants} versions
 * (1–10) for an A/B test; {@code seed} makes the choice of templates reproducible.
 */
public record CopyRequest(Item item, List<AspectMention> aspects, String language, CopyKind kind, int variants, long seed) {
    public CopyRequest {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        if (!"zh".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language must be 'zh' or 'en', got " + language);
        }
        if (variants < 1 || variants > 10) {
            throw new IllegalArgumentException("variants must be in 1..10, got " + variants);
        }
    }

    boolean english() {
        return language.equals("en");
    }
}
