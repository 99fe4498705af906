package io.marketpilot.automation.journey;

/** The outcome of an action the run waits for (issuing a coupon), told to {@link JourneyMachine#onActionResult}. */
public sealed interface ActionResult {
    /** The idempotency key of the {@link JourneyEffect.Perform} this answers. */
    String idempotencyKey();

    /** A coupon was issued: its code and a human text of the discount ("10% off"). */
    record CouponIssued(String idempotencyKey, String code, String text) implements ActionResult {}

    /** The action could not be done (e.g. the coupon budget is spent): the run exits with {@code reason}. */
    record Failed(String idempotencyKey, String reason) implements ActionResult {}
}
