package io.marketpilot.core.event;

import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One behaviour fact, immutable. At least one of {@code userId} / {@code anonymousId} is present;
 * {@code itemId} is present when the type {@linkplain EventType#requiresItem() requires} it. Nullable:
 * userId, anonymousId, itemId, price, currency, sessionId. {@code quantity} is positive (a negative
 * quantity from a source becomes a {@link EventType#REFUND} during cleaning). {@code extra} holds the
 * unknown top-level fields a source sent, kept verbatim. {@code bot} marks events excluded from training.
 */
public record Event(
        EventId id,
        EventType type,
        UserId userId,
        AnonymousId anonymousId,
        ItemId itemId,
        Instant timestamp,
        int quantity,
        BigDecimal price,
        String currency,
        SessionId sessionId,
        Map<String, Object> context,
        Map<String, Object> properties,
        Map<String, Object> extra,
        boolean bot) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        if (userId == null && anonymousId == null) {
            throw new IllegalArgumentException("an event needs a user_id or an anonymous_id");
        }
        if (type.requiresItem() && itemId == null) {
            throw new IllegalArgumentException(type.wireName() + " events need an item_id");
        }
        context = context == null ? Map.of() : context;
        properties = properties == null ? Map.of() : properties;
        extra = extra == null ? Map.of() : extra;
    }

    /**
     * The user id if known, else {@code anon:} + the anonymous id: the key events of one person share.
     * Unambiguous because no user id may start with {@code anon:}.
     */
    public String actorKey() {
        return userId != null ? userId.value() : UserId.ANONYMOUS_PREFIX + anonymousId.value();
    }

    public Event withType(EventType newType) {
        return new Event(id, newType, userId, anonymousId, itemId, timestamp, quantity, price, currency,
                sessionId, context, properties, extra, bot);
    }

    public Event withQuantity(int newQuantity) {
        return new Event(id, type, userId, anonymousId, itemId, timestamp, newQuantity, price, currency,
                sessionId, context, properties, extra, bot);
    }

    public Event asBot() {
        return bot ? this : new Event(id, type, userId, anonymousId, itemId, timestamp, quantity, price, currency,
                sessionId, context, properties, extra, true);
    }
}
