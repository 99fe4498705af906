package io.marketpilot.nlp.entity;

import java.util.List;
import java.util.Objects;

/**
 * An entity found in a (normalised) text: the surface {@code text} at [{@code start}, {@code end}) in UTF-16 units,
 * its type, and for catalogue entities the canonical name and the ids of the items it names (a brand or category
 * names many).
 */
public record Entity(String text, EntityType type, int start, int end, String canonical, List<String> itemIds) {
    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        itemIds = List.copyOf(itemIds);
    }

    boolean overlaps(Entity o) {
        return start < o.end && o.start < end;
    }
}
