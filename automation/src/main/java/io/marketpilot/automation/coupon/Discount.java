package io.marketpilot.automation.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** What a coupon takes off an order. {@code cap} is the most one redemption may give (optional for amounts). */
public sealed interface Discount {
    /** {@code percent} (1-100) off the eligible value, at most {@code cap} when set. */
    record Percent(int percent, Optional<BigDecimal> cap) implements Discount { }

    /** A fixed amount off, never more than the eligible value. */
    record Amount(BigDecimal amount) implements Discount { }

    /** Shipping for free, worth at most {@code cap} when set. */
    record FreeShipping(Optional<BigDecimal> cap) implements Discount { }

    /** The most one redemption can cost the shop, when bounded: what a money budget reserves per issued code. */
    default Optional<BigDecimal> maxValue() {
        return switch (this) {
            case Percent p -> p.cap();
            case Amount a -> Optional.of(a.amount());
            case FreeShipping f -> f.cap();
        };
    }

    /** The discount on an order of eligible value {@code value} with shipping costing {@code shipping}. */
    default BigDecimal on(BigDecimal value, BigDecimal shipping) {
        BigDecimal off = switch (this) {
            case Percent p -> value.multiply(BigDecimal.valueOf(p.percent())).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            case Amount a -> a.amount().min(value);
            case FreeShipping f -> shipping;
        };
        BigDecimal capped = maxValue().map(off::min).orElse(off);
        return capped.max(BigDecimal.ZERO);
    }

    default String kind() {
        return switch (this) {
            case Percent p -> "percent";
            case Amount a -> "amount";
            case FreeShipping f -> "free_shipping";
        };
    }
}
