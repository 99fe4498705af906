package io.marketpilot.automation.coupon;

/** What presenting a code with an order gave. Redeeming the same code for the same order again is a no-op. */
public sealed interface RedeemOutcome {
    record Redeemed(IssuedCoupon coupon) implements RedeemOutcome { }

    record AlreadyRedeemed(IssuedCoupon coupon, boolean sameOrder) implements RedeemOutcome { }

    record Rejected(String reason) implements RedeemOutcome { }
}
