package io.marketpilot.automation.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.validation.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouponDefinitionParserTest {
    static Map<String, Object> tenPercent() {
        return Map.of("id", "winback-10", "discount", Map.of("type", "percent", "percent", 10, "cap", 20),
                "currency", "EUR", "min_spend", 30, "valid_from", "2026-01-01T00:00:00Z",
                "valid_until", "2027-01-01T00:00:00Z", "per_customer_limit", 1, "budget", Map.of("codes", 100),
                "eligible_categories", List.of("Shoes"));
    }

    @Test
    void readsAFullDefinition() {
        CouponDefinition d = CouponDefinitionParser.parse(tenPercent());
        assertThat(d.discount()).isEqualTo(new Discount.Percent(10, Optional.of(new BigDecimal("20"))));
        assertThat(d.budget()).isEqualTo(new Budget.Count(100));
        assertThat(d.eligible("Shoes > Running")).isTrue();
        assertThat(d.eligible("Shoestrings")).isFalse();
        assertThat(d.minSpend()).isEqualByComparingTo("30");
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        Map<String, Object> bad = Map.of("id", "Bad Id", "discount", Map.of("type", "percent", "percent", 150),
                "currency", "euro", "valid_from", "2027-01-01T00:00:00Z", "valid_until", "2026-01-01T00:00:00Z",
                "budget", Map.of("codes", 0), "eligible_categories", List.of("ok", 3));
        assertThatThrownBy(() -> CouponDefinitionParser.parse(bad))
                .isInstanceOfSatisfying(InvalidCouponException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("id", "discount.percent", "currency",
                                "valid_until", "budget.codes", "eligible_categories[1]"));
    }

    @Test
    void aMoneyBudgetNeedsACappedDiscount() {
        Map<String, Object> wire = new java.util.HashMap<>(tenPercent());
        wire.put("discount", Map.of("type", "percent", "percent", 10));
        wire.put("budget", Map.of("amount", 500));
        assertThatThrownBy(() -> CouponDefinitionParser.parse(wire))
                .hasMessage("discount.cap: expected a cap on each redemption, because the budget is money, found nothing");
    }

    @Test
    void theWireFormRoundTrips() {
        for (CouponDefinition d : List.of(CouponDefinitionParser.parse(tenPercent()),
                Fixtures.amount("five", "5", new Budget.Money(new BigDecimal("100")), 2),
                new CouponDefinition(new CouponId("ship"), "Free shipping", new Discount.FreeShipping(Optional.of(BigDecimal.TEN)),
                        "CNY", null, Fixtures.NOW, Fixtures.NOW.plusSeconds(60), 1, Budget.UNLIMITED, null))) {
            assertThat(CouponDefinitionParser.parse(CouponWire.definition(d))).isEqualTo(d);
        }
    }
}
