/**
 * Coupons in the engine: the SQLite {@link io.marketpilot.automation.coupon.CouponLedger} and
 * {@link io.marketpilot.engine.coupon.CouponService}, which issues codes (recording {@code coupon_issued} events)
 * and turns stored purchases carrying a code into {@code coupon_redeemed} events.
 */
package io.marketpilot.engine.coupon;
