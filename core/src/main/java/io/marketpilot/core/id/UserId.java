package io.marketpilot.core.id;

/** A known customer's id (the shop's own user id). Never blank; surrounding whitespace is not part of an id. */
public record UserId(String value) implements Comparable<UserId> {
    public UserId {
        value = Ids.requireValid(value, "UserId");
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
