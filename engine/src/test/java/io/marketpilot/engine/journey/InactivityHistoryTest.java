package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.imports.ImportKind;
import io.marketpilot.engine.imports.ImportRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inactivity deadlines come from the purchase history (ingested before the journey existed, or imported), not only
 * from purchases seen while the journey is active; imports trigger no event journey.
 */
class InactivityHistoryTest {
    @TempDir
    Path dir;
    JourneyShop shop;
    private int imported;

    @BeforeEach
    void open() {
        shop = new JourneyShop(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private static Map<String, Object> winBack(int days) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", "win-back");
        j.put("trigger", Map.of("type", "inactivity", "days", days));
        j.put("steps", List.of(Map.of("id", "hello", "type", "send_message", "channel", "box", "template", "abandoned_cart", "data", Map.of("label", "miss-you"),
                "purpose", "transactional", "next", "done"), Map.of("id", "done", "type", "exit", "reason", "completed")));
        return j;
    }

    private void importEvents(String... typeUserAt) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < typeUserAt.length; i += 3) {
            lines.add("{\"event_id\":\"imp" + (++imported) + "\",\"type\":\"" + typeUserAt[i] + "\",\"user_id\":\""
                    + typeUserAt[i + 1] + "\",\"item_id\":\"sku-1\",\"price\":20,\"timestamp\":\"" + typeUserAt[i + 2]
                    + "\"}");
        }
        Path file = Files.write(dir.resolve("events" + imported + ".jsonl"), lines);
        shop.engine.importFile(new ImportRequest(ImportKind.EVENTS, file, "auto", false), ProgressSink.NONE);
    }

    private Instant at(int days) {
        return JourneyShop.T0.plus(Duration.ofDays(days));
    }

    @Test
    void purchasesBeforeActivationArmDeadlinesAndNeverBuyersAreLeftOut() {
        shop.customers("ann", "bob", "cid");
        shop.event("purchase", "ann");
        shop.advance(Duration.ofDays(20));
        shop.event("purchase", "bob");
        shop.event("view", "cid");
        shop.advance(Duration.ofDays(5));
        shop.save(winBack(30));
        shop.engine.journeys().activate("win-back");

        shop.advance(Duration.ofDays(4));
        assertThat(shop.box()).isEmpty();
        shop.advance(Duration.ofDays(1)); // day 30: ann's deadline
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("miss-you:HELD");
        assertThat(shop.boxTemplatesOf("bob")).isEmpty();
        shop.advance(Duration.ofDays(20)); // day 50: bob's deadline
        assertThat(shop.boxTemplatesOf("bob")).containsExactly("miss-you:HELD");
        shop.advance(Duration.ofDays(400));
        assertThat(shop.boxTemplatesOf("cid")).as("never bought").isEmpty();
        assertThat(shop.engine.journeys().report("win-back").orElseThrow().entered()).isEqualTo(2);
    }

    @Test
    void customersAlreadyPastTheirDeadlineEnterWhenTheJourneyIsActivated() {
        shop.customers("ann");
        shop.event("purchase", "ann");
        shop.advance(Duration.ofDays(100));
        shop.save(winBack(30));
        shop.engine.journeys().activate("win-back");
        shop.advance(Duration.ZERO);
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("miss-you:HELD");
        shop.engine.journeys().pause("win-back");
        shop.engine.journeys().activate("win-back");
        shop.advance(Duration.ofDays(1));
        assertThat(shop.boxTemplatesOf("ann")).as("the same lapse enters once").containsExactly("miss-you:HELD");
    }

    @Test
    void anImportedPurchasePushesTheDeadlineAndImportedEventsTriggerNoEventJourney() throws IOException {
        shop.customers("ann", "bob", "dan");
        shop.save(winBack(30));
        shop.engine.journeys().activate("win-back");
        shop.save(JourneyShop.abandonedCart());
        shop.engine.journeys().activate("abandoned-cart");

        importEvents("purchase", "ann", at(-10).toString(), "purchase", "bob", at(-10).toString(),
                "add_to_cart", "dan", at(0).toString());
        importEvents("purchase", "bob", at(-1).toString());
        shop.advance(Duration.ofDays(20)); // day 20: ann's deadline (day 20) passed, bob's (day 29) not
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("miss-you:HELD");
        assertThat(shop.boxTemplatesOf("bob")).isEmpty();
        assertThat(shop.boxTemplatesOf("dan")).as("an imported add-to-cart is history").isEmpty();
        assertThat(shop.engine.journeys().report("abandoned-cart").orElseThrow().entered()).isZero();

        importEvents("view", "ann", at(20).toString());
        shop.advance(Duration.ofDays(1));
        assertThat(shop.boxTemplatesOf("ann")).as("a later import does not re-enter the same lapse")
                .containsExactly("miss-you:HELD");
        shop.advance(Duration.ofDays(9)); // day 30
        assertThat(shop.boxTemplatesOf("bob")).containsExactly("miss-you:HELD");
    }
}
