package io.marketpilot.testkit;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds {@link Event}s for tests: {@code EventBuilder.view("u1", "sku-1").at(T0.plusSeconds(5)).build()}.
 * Defaults: a fresh id ({@code ev-000001}, unique in the JVM), time {@link #T0}, quantity 1, no price, no
 * session, empty maps, not a bot.
 */
public final class EventBuilder {
    /** The default event time: 2026-03-02T09:00:00Z. */
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    private String id;
    private EventType type;
    private String user;
    private String anonymous;
    private String item;
    private Instant at = T0;
    private int quantity = 1;
    private BigDecimal price;
    private String currency;
    private String session;
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private boolean bot;

    private EventBuilder(EventType type, String user, String item) {
        this.type = type;
        this.user = user;
        this.item = item;
    }

    public static EventBuilder event(EventType type, String user, String item) {
        return new EventBuilder(type, user, item);
    }

    public static EventBuilder view(String user, String item) {
        return event(EventType.VIEW, user, item);
    }

    public static EventBuilder click(String user, String item) {
        return event(EventType.CLICK, user, item);
    }

    public static EventBuilder addToCart(String user, String item) {
        return event(EventType.ADD_TO_CART, user, item);
    }

    /** A purchase of one unit at {@code price} EUR. */
    public static EventBuilder purchase(String user, String item, String price) {
        return event(EventType.PURCHASE, user, item).price(price, "EUR");
    }

    /** A search with the query in {@code properties.query}. */
    public static EventBuilder search(String user, String query) {
        return event(EventType.SEARCH, user, null).withProperty("query", query);
    }

    /** A view by a visitor known only by an anonymous id. */
    public static EventBuilder anonymousView(String anonymousId, String item) {
        return event(EventType.VIEW, null, item).anonymous(anonymousId);
    }

    public EventBuilder id(String value) {
        this.id = value;
        return this;
    }

    public EventBuilder type(EventType value) {
        this.type = value;
        return this;
    }

    public EventBuilder user(String value) {
        this.user = value;
        return this;
    }

    public EventBuilder anonymous(String value) {
        this.anonymous = value;
        return this;
    }

    public EventBuilder item(String value) {
        this.item = value;
        return this;
    }

    public EventBuilder at(Instant value) {
        this.at = value;
        return this;
    }

    /** At {@link #T0} plus {@code seconds}. */
    public EventBuilder atSecond(long seconds) {
        return at(T0.plusSeconds(seconds));
    }

    public EventBuilder quantity(int value) {
        this.quantity = value;
        return this;
    }

    public EventBuilder price(String value, String currencyCode) {
        this.price = value == null ? null : new BigDecimal(value);
        this.currency = currencyCode;
        return this;
    }

    public EventBuilder session(String value) {
        this.session = value;
        return this;
    }

    public EventBuilder withContext(String key, Object value) {
        context.put(key, value);
        return this;
    }

    public EventBuilder withProperty(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public EventBuilder withExtra(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public EventBuilder bot() {
        this.bot = true;
        return this;
    }

    public Event build() {
        String eventId = id != null ? id : String.format("ev-%06d", IDS.incrementAndGet());
        return new Event(new EventId(eventId), type, user == null ? null : new UserId(user),
                anonymous == null ? null : new AnonymousId(anonymous), item == null ? null : new ItemId(item), at,
                quantity, price, currency, session == null ? null : new SessionId(session), frozen(context),
                frozen(properties), frozen(extra), bot);
    }

    private static Map<String, Object> frozen(Map<String, Object> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
