package io.marketpilot.core.id;

/** A catalogue item's id (SKU). Never blank; surrounding whitespace is not part of an id. */
public record ItemId(String value) implements Comparable<ItemId> {
    public ItemId {
        value = Ids.requireValid(value, "ItemId");
    }

    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public int compareTo(ItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
