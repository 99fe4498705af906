package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.segment.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a journey is checked against in the shop (the messaging side's templates and their data), and the coupon
 * text a run carries: the coupon's discount in the customer's language.
 */
class ShopChecksTest {
    @TempDir
    Path dir;
    JourneyShop shop;

    @BeforeEach
    void open() {
        shop = new JourneyShop(dir);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private static Map<String, Object> journey(List<Map<String, Object>> steps) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", "checked");
        j.put("trigger", Map.of("type", "event", "event", Map.of("type", "add_to_cart")));
        j.put("steps", steps);
        return j;
    }

    private static Map<String, Object> exit() {
        return Map.of("id", "done", "type", "exit", "reason", "completed");
    }

    @Test
    void anUnknownTemplateIsRejectedWithItsPath() {
        Map<String, Object> j = journey(List.of(Map.of("id", "send", "type", "send_message", "channel", "box",
                "template", "no_such_template", "next", "done"), exit()));
        assertThat(shop.engine.journeys().validate(j)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.steps[0].template");
            assertThat(p.message()).contains("no_such_template").contains("abandoned_cart").contains("coupon");
        });
        assertThatThrownBy(() -> shop.save(j)).isInstanceOf(InvalidJourneyException.class);
        assertThat(shop.engine.journeys().list()).isEmpty();
    }

    @Test
    void theCouponTemplateOrACouponCodeNeedsAnIssuedCouponOnEveryPath() {
        Map<String, Object> noCoupon = journey(List.of(Map.of("id", "send", "type", "send_message", "channel", "box",
                "template", "coupon", "next", "done"), exit()));
        assertThat(shop.engine.journeys().validate(noCoupon)).extracting(Problem::path)
                .containsOnly("$.steps[0].template");

        Map<String, Object> oneBranch = journey(List.of(
                Map.of("id", "split", "type", "split", "arms", List.of(Map.of("name", "a", "next", "coupon"),
                        Map.of("name", "b", "next", "send"))),
                Map.of("id", "coupon", "type", "issue_coupon", "coupon", "cart-10", "next", "send"),
                Map.of("id", "send", "type", "send_message", "channel", "box", "template", "abandoned_cart",
                        "data", Map.of("code", "{{coupon_code}}"), "next", "done"), exit()));
        List<Problem> problems = shop.engine.journeys().validate(oneBranch);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.steps[2].data.code");
            assertThat(p.message()).contains("coupon_code").contains("every path");
        });
    }

    @Test
    void theCouponTextIsTheDiscountInTheCustomersLanguage() {
        shop.customers("ann", "li");
        shop.engine.upsertCustomers(List.of(Map.of("user_id", "li", "traits", Map.of("name", "li",
                "email", "li@example.com", "locale", "zh-CN"), "consent", Map.of("email", true))));
        shop.save(journey(List.of(
                Map.of("id", "coupon", "type", "issue_coupon", "coupon", "cart-10", "next", "send"),
                Map.of("id", "send", "type", "send_message", "channel", "box", "template", "coupon", "next", "done"),
                exit())));
        shop.engine.journeys().activate("checked");
        shop.event("add_to_cart", "ann");
        shop.event("add_to_cart", "li");
        shop.advance(Duration.ofMinutes(1));
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> locales = new LinkedHashMap<>();
        for (OutboxEntry e : shop.box()) {
            texts.put(e.message().customer().value(), String.valueOf(e.message().data().get("coupon_text")));
            locales.put(e.message().customer().value(), e.message().locale());
        }
        assertThat(texts).containsEntry("ann", "10% off").containsEntry("li", "9折");
        assertThat(locales).as("the message is rendered in the same language").containsEntry("ann", "en")
                .containsEntry("li", "zh-CN");
    }
}
