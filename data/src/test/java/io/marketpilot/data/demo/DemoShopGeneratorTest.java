package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The file formats and invariants of a generated demo shop. */
class DemoShopGeneratorTest {

    private static final Set<String> TYPES = Set.of("view", "click", "add_to_cart", "remove_from_cart",
            "purchase", "refund", "search", "review");
    private static final Set<String> PRICED = Set.of("add_to_cart", "purchase", "refund");
    private static final Set<String> WITH_QUANTITY = Set.of("add_to_cart", "remove_from_cart", "purchase", "refund");

    private final SmallDemoShop small = SmallDemoShop.get();

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDifferentOnes() throws Exception {
        DemoShop again = SmallDemoShop.generate(SmallDemoShop.CONFIG, "again");
        DemoShop other = SmallDemoShop.generate(SmallDemoShop.CONFIG.withSeed(8), "other");

        for (String file : List.of(DemoShopGenerator.ITEMS, DemoShopGenerator.CUSTOMERS,
                DemoShopGenerator.EVENTS, DemoShopGenerator.TRUTH)) {
            assertThat(Files.readAllBytes(again.directory().resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(small.shop.directory().resolve(file)));
            assertThat(Files.readAllBytes(other.directory().resolve(file)))
                    .as(file).isNotEqualTo(Files.readAllBytes(small.shop.directory().resolve(file)));
        }
    }

    @Test
    void writesExactlyTheConfiguredCountsAndReportsThem() {
        assertThat(small.items).hasSize(200);
        assertThat(small.customers).hasSize(300);
        assertThat(small.events).hasSize(20_000);
        assertThat(small.shop.eventCount()).isEqualTo(20_000);
        assertThat(small.shop.eventsByType().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20_000);
        for (DemoEventType type : DemoEventType.values()) {
            assertThat(small.shop.count(type)).as(type.wireName()).isEqualTo(small.eventsOfType(type.wireName()).size());
        }
        assertThat(small.shop.count(DemoEventType.PURCHASE)).isPositive();
    }

    @Test
    void everyEventHasTheWireFieldsItsTypeNeeds() {
        for (JsonNode e : small.events) {
            String type = e.get("type").asText();
            assertThat(TYPES).as(e.toString()).contains(type);
            assertThat(e.get("event_id").asText()).startsWith("ev-");
            assertThat(e.get("user_id").asText()).startsWith("u-");
            assertThat(e.get("session_id").asText()).startsWith("s-");
            assertThat(e.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(e.get("context").get("channel").asText()).isIn("web", "app", "mini_program");
            assertThat(e.get("context").get("device").asText()).isIn("mobile", "desktop", "tablet");
            assertThat(e.has("item_id")).as(e.toString()).isEqualTo(!type.equals("search"));
            assertThat(e.has("quantity")).as(e.toString()).isEqualTo(WITH_QUANTITY.contains(type));
            assertThat(e.has("price")).as(e.toString()).isEqualTo(PRICED.contains(type));
            if (e.has("price")) {
                assertThat(e.get("price").asText()).matches("\\d+\\.\\d\\d");
                assertThat(e.get("currency").asText()).isEqualTo("CNY");
            }
            JsonNode properties = e.get("properties");
            assertThat(properties.has("order_id")).as(e.toString()).isEqualTo(type.equals("purchase") || type.equals("refund"));
            assertThat(properties.has("query")).as(e.toString()).isEqualTo(type.equals("search"));
            if (type.equals("review")) {
                assertThat(properties.get("rating").asInt()).isBetween(1, 5);
                assertThat(properties.get("text").asText()).isNotBlank();
            }
        }
    }

    @Test
    void eventsAreInsideTheWindowAndSortedByTime() {
        Instant start = SmallDemoShop.CONFIG.start();
        Instant end = SmallDemoShop.CONFIG.end();
        Instant previous = Instant.MIN;
        for (JsonNode e : small.events) {
            Instant at = Instant.parse(e.get("timestamp").asText());
            assertThat(at).isBetween(start, end.minusSeconds(1)).isAfterOrEqualTo(previous);
            previous = at;
        }
    }

    @Test
    void idsAreUniqueAndEveryReferenceResolves() {
        Set<String> eventIds = new HashSet<>();
        for (JsonNode e : small.events) {
            assertThat(eventIds.add(e.get("event_id").asText())).as("duplicate " + e).isTrue();
            assertThat(small.customerById).containsKey(e.get("user_id").asText());
            if (e.has("item_id")) {
                assertThat(small.itemById).containsKey(e.get("item_id").asText());
            }
        }
        assertThat(small.itemById).hasSize(small.items.size());
        assertThat(small.customerById).hasSize(small.customers.size());
        for (JsonNode bundle : small.truth.get("bundles")) {
            bundle.get("items").forEach(i -> assertThat(small.itemById).containsKey(i.asText()));
        }
        for (JsonNode c : small.truth.get("customers")) {
            assertThat(small.customerById).containsKey(c.get("user_id").asText());
        }
    }

    @Test
    void customersOnlyActAfterSigningUpAndRefundsFollowTheirPurchase() {
        Map<String, Instant> purchased = new HashMap<>();
        for (JsonNode e : small.events) {
            Instant at = Instant.parse(e.get("timestamp").asText());
            JsonNode customer = small.customerById.get(e.get("user_id").asText());
            assertThat(at).isAfter(Instant.parse(customer.get("traits").get("signup_at").asText()));
            String type = e.get("type").asText();
            if (type.equals("purchase")) {
                purchased.put(e.get("properties").get("order_id").asText() + e.get("item_id").asText(), at);
            }
            if (type.equals("refund")) {
                String key = e.get("properties").get("order_id").asText() + e.get("item_id").asText();
                assertThat(purchased.get(key)).as(e.toString()).isNotNull().isBefore(at);
            }
        }
    }

    @Test
    void sessionsHaveOneToThirtyEventsOfOneCustomer() {
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (JsonNode e : small.events) {
            String session = e.get("session_id").asText();
            sizes.merge(session, 1, Integer::sum);
            assertThat(owner.computeIfAbsent(session, s -> e.get("user_id").asText())).isEqualTo(e.get("user_id").asText());
        }
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(1, 30));
    }

    @Test
    void itemsAndCustomersCarryTheDocumentedFields() {
        JsonNode item = small.items.get(0);
        assertThat(item.get("item_id").asText()).isEqualTo("sku-00001");
        assertThat(item.get("titles").get("zh").asText()).isNotBlank();
        assertThat(item.get("title").asText()).isEqualTo(item.get("titles").get("en").asText());
        assertThat(item.get("category").size()).isBetween(2, 3);
        assertThat(item.get("attributes").get("category_zh").size()).isEqualTo(item.get("category").size());
        assertThat(item.get("price").asText()).matches("\\d+\\.\\d\\d");
        assertThat(item.get("currency").asText()).isEqualTo("CNY");
        assertThat(item.get("created_at").asText()).endsWith("Z");
        for (String field : List.of("description", "brand", "stock", "tags", "available")) {
            assertThat(item.has(field)).as(field).isTrue();
        }
        JsonNode customer = small.customers.get(0);
        assertThat(customer.get("user_id").asText()).isEqualTo("u-000001");
        assertThat(customer.get("traits").get("email").asText()).isEqualTo("u000001@example.com");
        assertThat(customer.get("traits").get("tier").asText()).isIn("bronze", "silver", "gold");
        assertThat(customer.get("traits").get("language").asText()).isIn("zh", "en");
        for (String consent : List.of("email", "sms", "push", "personalization")) {
            assertThat(customer.get("consent").get(consent).isBoolean()).as(consent).isTrue();
        }
    }

    @Test
    void truthNamesItsFormatAndVersion() {
        assertThat(small.truth.get("format").asText()).isEqualTo("marketpilot-demo-truth");
        assertThat(small.truth.get("version").asInt()).isEqualTo(1);
        assertThat(small.truth.get("seed").asLong()).isEqualTo(7);
        assertThat(small.truth.get("items")).hasSize(200);
        assertThat(small.truth.get("customers")).hasSize(300);
        assertThat(small.truth.get("bundles")).isNotEmpty();
    }

    @Test
    void reportsProgressPerStageAndEveryFiftyThousandEvents() throws Exception {
        List<String> calls = new ArrayList<>();
        DemoShopConfig cfg = new DemoShopConfig(1, 50, 20, 120_000, 10, Instant.parse("2026-11-01T00:00:00Z"));

        new DemoShopGenerator().generate(cfg, Path.of("target", "demo-shop-tests", "progress"),
                (stage, done, total) -> calls.add(stage + " " + done + "/" + total));

        assertThat(calls).containsExactly("items 50/50", "customers 20/20", "events 0/120000",
                "events 50000/120000", "events 100000/120000", "events 120000/120000", "truth 1/1");
    }
}
