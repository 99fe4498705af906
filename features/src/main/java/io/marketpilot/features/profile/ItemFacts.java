package io.marketpilot.features.profile;

import io.marketpilot.core.id.ItemId;
import java.util.Optional;

/**
 * What the reducer needs to know about an item beyond the event: its (leaf) category and brand. The engine answers
 * from the catalogue; an event's own {@code properties.category} / {@code properties.brand} take precedence.
 */
public interface ItemFacts {
    record Facts(String category, String brand) {}

    Optional<Facts> of(ItemId item);

    ItemFacts NONE = item -> Optional.empty();
}
