package io.marketpilot.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.validation.FieldError;
import io.marketpilot.core.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventParserTest {
    private final EventParser parser = new EventParser(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    private static Map<String, Object> purchase() {
        Map<String, Object> m = new HashMap<>();
        m.put("event_id", "e-1");
        m.put("type", "purchase");
        m.put("user_id", "u-1");
        m.put("item_id", "sku-1");
        m.put("timestamp", "2026-10-01T10:15:00Z");
        m.put("quantity", 2);
        m.put("price", "19.90");
        m.put("currency", "cny");
        return m;
    }

    private List<FieldError> errors(Map<String, Object> raw) {
        Validation<Event> v = parser.parse(raw);
        assertThat(v).isInstanceOf(Validation.Invalid.class);
        return ((Validation.Invalid<Event>) v).errors();
    }

    @Test
    void parsesEveryWireField() {
        Map<String, Object> raw = purchase();
        raw.put("session_id", "s-9");
        raw.put("context", Map.of("channel", "app"));
        raw.put("properties", Map.of("order_id", "o-1"));
        Event e = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(e.id().value()).isEqualTo("e-1");
        assertThat(e.type()).isEqualTo(EventType.PURCHASE);
        assertThat(e.quantity()).isEqualTo(2);
        assertThat(e.price()).isEqualByComparingTo(new BigDecimal("19.90"));
        assertThat(e.currency()).isEqualTo("CNY");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-10-01T10:15:00Z"));
        assertThat(e.context()).containsEntry("channel", "app");
        assertThat(e.properties()).containsEntry("order_id", "o-1");
        assertThat(e.bot()).isFalse();
    }

    @Test
    void keepsUnknownFields() {
        Map<String, Object> raw = purchase();
        raw.put("coupon_code", "HELLO10");
        Event e = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(e.extra()).containsEntry("coupon_code", "HELLO10");
    }

    @Test
    void reportsEveryProblemWithFieldExpectedAndFound() {
        Map<String, Object> raw = purchase();
        raw.put("type", "buy");
        raw.put("timestamp", "yesterday");
        raw.put("price", "12,50");
        List<FieldError> errors = errors(raw);
        assertThat(errors).extracting(FieldError::field).containsExactly("type", "timestamp", "price");
        assertThat(errors.get(0).message()).contains("one of view, click").contains("\"buy\"");
        assertThat(errors.get(1).message()).contains("ISO-8601").contains("\"yesterday\"");
        assertThat(errors.get(2).found()).isEqualTo("\"12,50\"");
    }

    @Test
    void requiresAnActorAnItemForItemTypesAndATimestamp() {
        Map<String, Object> raw = purchase();
        raw.remove("user_id");
        raw.remove("item_id");
        raw.remove("timestamp");
        assertThat(errors(raw)).extracting(FieldError::field).containsExactlyInAnyOrder("user_id", "item_id", "timestamp");
    }

    @Test
    void searchNeedsNoItemAndAnonymousVisitorsAreFine() {
        Map<String, Object> raw = new HashMap<>(Map.of("type", "search", "anonymous_id", "dev-1",
                "timestamp", 1_790_000_000L, "properties", Map.of("query", "earbuds")));
        Event e = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(e.actorKey()).isEqualTo("anon:dev-1");
        assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1_790_000_000L));
    }

    @Test
    void rejectsZoneLessAndFarFutureTimestamps() {
        Map<String, Object> raw = purchase();
        raw.put("timestamp", "2026-10-01T10:15:00");
        assertThat(errors(raw)).extracting(FieldError::field).containsExactly("timestamp");
        raw.put("timestamp", "2027-01-01T00:00:00Z");
        assertThat(errors(raw).get(0).expected()).contains("no later than");
    }

    @Test
    void rejectsZeroQuantityNegativePriceAndBadCurrency() {
        Map<String, Object> raw = purchase();
        raw.put("quantity", 0);
        raw.put("price", -1);
        raw.put("currency", "euro");
        assertThat(errors(raw)).extracting(FieldError::field).containsExactly("quantity", "price", "currency");
    }

    @Test
    void withoutAnIdTheSameContentGetsTheSameId() {
        Map<String, Object> raw = purchase();
        raw.remove("event_id");
        Event a = ((Validation.Valid<Event>) parser.parse(raw)).value();
        Event b = ((Validation.Valid<Event>) parser.parse(new HashMap<>(raw))).value();
        raw.put("quantity", 3);
        Event c = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(c.id()).isNotEqualTo(a.id());
        assertThat(a.id().value()).startsWith("c-").hasSize(34);
    }

    @Test
    void integersMayArriveAsDecimalStrings() {
        Map<String, Object> raw = purchase();
        raw.put("quantity", "3.0");
        raw.put("user_id", 17850.0);
        Event e = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(e.quantity()).isEqualTo(3);
        assertThat(e.userId().value()).isEqualTo("17850");
        raw.put("quantity", "2.5");
        assertThat(errors(raw)).extracting(FieldError::field).containsExactly("quantity");
    }

    @Test
    void contentIdsSeeContextAndIgnoreKeyOrder() {
        Map<String, Object> raw = purchase();
        raw.remove("event_id");
        raw.put("context", Map.of("channel", "app"));
        Event app = ((Validation.Valid<Event>) parser.parse(raw)).value();
        raw.put("context", Map.of("channel", "web"));
        Event web = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(app.id()).isNotEqualTo(web.id());

        Map<String, Object> ab = new java.util.LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", Map.of("x", 1, "y", 2));
        Map<String, Object> ba = new java.util.LinkedHashMap<>();
        ba.put("b", new java.util.TreeMap<>(Map.of("y", 2, "x", 1)));
        ba.put("a", 1);
        raw.put("properties", ab);
        Event first = ((Validation.Valid<Event>) parser.parse(raw)).value();
        raw.put("properties", ba);
        Event second = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(first.id()).isEqualTo(second.id());
    }

    @Test
    void rejectsTimestampsBeforeTheEpoch() {
        Map<String, Object> raw = purchase();
        raw.put("timestamp", "0001-01-01T00:00:00Z");
        assertThat(errors(raw).get(0).expected()).contains("after 1970");
    }

    @Test
    void userIdsCannotImpersonateAnonymousActorKeys() {
        Map<String, Object> raw = purchase();
        raw.put("user_id", "anon:dev-1");
        assertThat(errors(raw).get(0).message()).contains("user_id").contains("anonymous_id instead");
    }

    @Test
    void timestampsKeepMicrosecondsAndPricesStayStorable() {
        Map<String, Object> raw = purchase();
        raw.put("timestamp", "2026-10-01T10:15:00.123456789Z");
        Event e = ((Validation.Valid<Event>) parser.parse(raw)).value();
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-10-01T10:15:00.123456Z"));
        raw.put("price", "100000000000000");
        assertThat(errors(raw)).extracting(FieldError::field).containsExactly("price");
    }
}
