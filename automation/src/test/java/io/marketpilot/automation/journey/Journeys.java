package io.marketpilot.automation.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.automation.segment.CustomerFacts;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixtures: JSON from text, a small shop catalogue, events and customer views. */
final class Journeys {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    static final JourneyCatalogue SHOP = JourneyCatalogue.of(ZoneId.of("Asia/Shanghai"),
            Set.of("email", "crm-webhook"), Set.of("cart-10", "winback-10", "winback-20"), Set.of("vip", "lapsed"),
            Set.of("shop_url"), Map.of("abandoned_cart", Set.of(), "coupon", Set.of("coupon_code", "coupon_text")));

    private Journeys() {}

    static Object json(String text) {
        try {
            return MAPPER.readValue(text.replace('\'', '"'), Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A journey around these steps (single-quoted JSON), triggered by add_to_cart, exiting on purchase. */
    static String journey(String steps, String extra) {
        return "{'id': 'j', 'trigger': {'type': 'event', 'event': {'type': 'add_to_cart'}}, 'steps': [" + steps + "]"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static JourneyDefinition valid(String text) {
        return new JourneyParser().parse(json(text), SHOP).orThrow();
    }

    static ParsedJourney parse(String text) {
        return new JourneyParser().parse(json(text), SHOP);
    }

    static Event event(EventType type, String user, Instant at) {
        return new Event(new EventId("e" + IDS.incrementAndGet()), type, UserId.of(user), null,
                type.requiresItem() ? new ItemId("sku-1") : null, at, 1, null, null, null, null, Map.of(), null, false);
    }

    static CustomerView view(Map<String, Object> traits) {
        return () -> new CustomerFacts() {
            @Override
            public Object trait(String name) {
                return traits.get(name);
            }

            @Override
            public Object attribute(String name) {
                return null;
            }
        };
    }
}
