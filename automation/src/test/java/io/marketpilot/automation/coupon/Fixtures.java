package io.marketpilot.automation.coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Coupon definitions with sane defaults for tests. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Fixtures() {}

    static CouponDefinition amount(String id, String amount, Budget budget, int perCustomer) {
        return new CouponDefinition(new CouponId(id), id, new Discount.Amount(new BigDecimal(amount)), "EUR",
                BigDecimal.ZERO, NOW.minusSeconds(86_400), NOW.plusSeconds(30 * 86_400L), perCustomer, budget, Set.of());
    }

    static CouponDefinition percent(String id, int percent, Budget budget) {
        return new CouponDefinition(new CouponId(id), id, new Discount.Percent(percent, Optional.empty()), "EUR",
                new BigDecimal("20"), NOW.minusSeconds(86_400), NOW.plusSeconds(30 * 86_400L), 1, budget, Set.of("Shoes"));
    }
}
