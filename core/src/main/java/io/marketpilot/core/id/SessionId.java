package io.marketpilot.core.id;

/** A browsing session's id. Never blank; surrounding whitespace is not part of an id. */
public record SessionId(String value) implements Comparable<SessionId> {
    public SessionId {
        value = Ids.requireValid(value, "SessionId");
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
