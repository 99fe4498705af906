package io.marketpilot.data.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.customer.Customer;
import io.marketpilot.core.event.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cleaning is idempotent: writing a cleaned record back to the wire and cleaning it again changes nothing. */
class CleaningProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String MESSY = "aZ09 -_.\u3000\u00A0\uFEFF\u200B\uFF21\uFF10\uFF0D\t\n\u0301\u4E2D";

    private final EventCleaner events = new EventCleaner(CLOCK);

    private static BotDetector neverBot() {
        return new BotDetector(new BotPolicy(Integer.MAX_VALUE - 1, Duration.ofSeconds(1), 10));
    }

    @Property(tries = 500)
    void cleaningACleanedEventChangesNothing(@ForAll("events") Map<String, Object> wire) {
        CleanedEvents once = events.clean(List.of(wire), neverBot());
        for (Event e : once.accepted()) {
            CleanedEvents twice = events.clean(List.of(WireMaps.toWire(e)), neverBot());
            assertThat(twice.rejections()).isEmpty();
            assertThat(twice.accepted()).containsExactly(e);
        }
    }

    @Property(tries = 300)
    void cleaningACleanedItemOrCustomerChangesNothing(@ForAll("texts") String a, @ForAll("texts") String b) {
        Map<String, Object> item = new LinkedHashMap<>(Map.of("item_id", "x" + a, "title", "t" + b, "category", a + ">" + b,
                "tags", List.of(a, b + "z"), "attributes", Map.of("k" + a, b), "description", b + "\n\n" + a));
        for (Item i : new ItemCleaner().clean(List.of(item)).accepted()) {
            assertThat(new ItemCleaner().clean(List.of(WireMaps.toWire(i))).accepted()).containsExactly(i);
        }
        Map<String, Object> customer = Map.of("user_id", "u" + a, "traits", Map.of("name", b, "k" + b, a));
        for (Customer c : new CustomerCleaner(CLOCK).clean(List.of(customer)).accepted()) {
            assertThat(new CustomerCleaner(CLOCK).clean(List.of(WireMaps.toWire(c))).accepted()).containsExactly(c);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(MESSY).ofMaxLength(12);
    }

    @Provide
    Arbitrary<Map<String, Object>> events() {
        Arbitrary<String> type = Arbitraries.of("view", "purchase", " ＰＵＲＣＨＡＳＥ", "add_to_cart", "refund", "search", "bogus");
        Arbitrary<Object> quantity = Arbitraries.oneOf(Arbitraries.integers().between(-5, 5).map(i -> (Object) i),
                Arbitraries.of("２", " -3 ", "x"));
        Arbitrary<Object> price = Arbitraries.oneOf(Arbitraries.of("9.90", "１２.５", "-1", "0").map(s -> (Object) s),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN).ofScale(2).map(d -> (Object) d));
        Arbitrary<Instant> at = Arbitraries.longs().between(1_600_000_000L, 1_780_000_000L).map(Instant::ofEpochSecond);
        return Combinators.combine(type, texts(), texts(), quantity, price, at, texts(), Arbitraries.of(true, false))
                .as((t, user, item, q, p, ts, prop, withId) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    if (withId) {
                        m.put("event_id", "e" + user);
                    }
                    m.put("type", t);
                    m.put("user_id", user);
                    m.put("item_id", item);
                    m.put("timestamp", ts.toString());
                    m.put("quantity", q);
                    m.put("price", p);
                    m.put("currency", "eur");
                    m.put("context", Map.of("ｄｅｖｉｃｅ", prop));
                    m.put("properties", Map.of("note", prop + " " + item));
                    m.put("ｅｘｔｒａ", prop);
                    return m;
                });
    }
}
