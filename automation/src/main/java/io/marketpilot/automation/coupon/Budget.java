package io.marketpilot.automation.coupon;

import java.math.BigDecimal;

/**
 * How much of a coupon may be given out in total. A money budget reserves each issued code's
 * {@linkplain Discount#maxValue() most possible value} at issuance, so redemptions can never overspend it.
 */
public sealed interface Budget {
    Budget UNLIMITED = new Unlimited();

    record Unlimited() implements Budget { }

    /** At most {@code codes} codes issued. */
    record Count(long codes) implements Budget { }

    /** At most {@code amount} (in the coupon's currency) of discount reserved by issued codes. */
    record Money(BigDecimal amount) implements Budget { }
}
