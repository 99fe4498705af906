package io.marketpilot.core.id;

/** A known customer's id (the shop's own user id). Never blank; surrounding whitespace is not part of an id. */
public record UserId(String value) implements Comparable<UserId> {
    /** Actor keys of anonymous visitors start with this, so no user id may. */
    public static final String ANONYMOUS_PREFIX = "anon:";

    public UserId {
        value = Ids.requireValid(value, "UserId");
        if (value.startsWith(ANONYMOUS_PREFIX)) {
            throw new IllegalArgumentException("UserId must not start with '" + ANONYMOUS_PREFIX
                    + "' (reserved for anonymous visitors' actor keys); send it as anonymous_id instead");
        }
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
