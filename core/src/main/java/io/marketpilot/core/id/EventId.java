package io.marketpilot.core.id;

/** An event's idempotency key, unique in the event log. Never blank; surrounding whitespace is not part of an id. */
public record EventId(String value) implements Comparable<EventId> {
    public EventId {
        value = Ids.requireValid(value, "EventId");
    }

    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
