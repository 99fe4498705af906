package io.marketpilot.automation.coupon;

import java.math.BigDecimal;

/** How much of a coupon has been given out: codes issued, money reserved by them, codes redeemed, discount given. */
public record CouponUsage(long issued, BigDecimal reserved, long redeemed, BigDecimal discountGiven) {
    public static final CouponUsage NONE = new CouponUsage(0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
}
