/**
 * Coupons: definitions (discount, window, limits, budget, categories), unguessable codes with a check character,
 * atomic issuance against budgets in a {@link io.marketpilot.automation.coupon.CouponLedger}, and redemption
 * recognised from purchase events. Entry point: {@link io.marketpilot.automation.coupon.Coupons}.
 */
package io.marketpilot.automation.coupon;
