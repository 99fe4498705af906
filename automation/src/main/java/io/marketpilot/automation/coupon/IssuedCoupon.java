package io.marketpilot.automation.coupon;

import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One code given to one customer. {@code reserved} is what it holds of a money budget; once redeemed it names the
 * order ({@code orderKey}: the purchase's order id, else its event id), when, and the discount given.
 */
public record IssuedCoupon(CouponCode code, CouponId coupon, UserId customer, Instant issuedAt, BigDecimal reserved,
                           Optional<Redemption> redemption) {
    /** How an issued code was used. */
    public record Redemption(String orderKey, Instant at, BigDecimal discount) { }

    public IssuedCoupon {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(redemption, "redemption");
    }

    public boolean redeemed() {
        return redemption.isPresent();
    }
}
