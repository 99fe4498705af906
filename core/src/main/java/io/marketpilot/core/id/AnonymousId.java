package io.marketpilot.core.id;

/** A device or cookie id of a visitor not (yet) identified. Never blank; surrounding whitespace is not part of an id. */
public record AnonymousId(String value) implements Comparable<AnonymousId> {
    public AnonymousId {
        value = Ids.requireValid(value, "AnonymousId");
    }

    public static AnonymousId of(String value) {
        return new AnonymousId(value);
    }

    @Override
    public int compareTo(AnonymousId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
