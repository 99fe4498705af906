package io.marketpilot.features;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.AnonymousId;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.SessionId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A fluent event builder with sane defaults, for the features tests. */
public final class TestEvents {
    public static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private String id = "e1";
    private EventType type = EventType.VIEW;
    private String user = "u1";
    private String anon;
    private String item = "i1";
    private Instant at = T0;
    private int quantity = 1;
    private BigDecimal price;
    private String session;
    private Map<String, Object> properties = Map.of();

    public static TestEvents event(String id) {
        TestEvents t = new TestEvents();
        t.id = id;
        return t;
    }

    public TestEvents type(EventType v) { type = v; if (!v.requiresItem()) { item = null; } return this; }
    public TestEvents user(String v) { user = v; return this; }
    public TestEvents anon(String v) { anon = v; return this; }
    public TestEvents anonOnly(String v) { anon = v; user = null; return this; }
    public TestEvents item(String v) { item = v; return this; }
    public TestEvents at(Instant v) { at = v; return this; }
    public TestEvents minutes(long v) { at = T0.plusSeconds(60 * v); return this; }
    public TestEvents days(long v) { at = T0.plusSeconds(86_400 * v); return this; }
    public TestEvents quantity(int v) { quantity = v; return this; }
    public TestEvents price(String v) { price = new BigDecimal(v); return this; }
    public TestEvents session(String v) { session = v; return this; }
    public TestEvents properties(Map<String, Object> v) { properties = v; return this; }

    public Event build() {
        return new Event(EventId.of(id), type, user == null ? null : UserId.of(user), anon == null ? null : AnonymousId.of(anon),
                item == null ? null : ItemId.of(item), at, quantity, price, price == null ? null : "EUR",
                session == null ? null : SessionId.of(session), Map.of(), properties, Map.of(), false);
    }
}
