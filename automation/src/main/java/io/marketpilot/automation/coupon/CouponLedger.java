package io.marketpilot.automation.coupon;

import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where coupon definitions and issued codes live (SQLite in the engine, memory in tests). {@link #issue} and
 * {@link #redeem} are each atomic: the budget and per-customer checks and the write happen as one step, so
 * concurrent callers can never together overspend a budget or redeem a code twice. Contract:
 * {@code CouponLedgerContract} in the tests.
 */
public interface CouponLedger {
    /** Creates or replaces a definition; returns whether it existed before. */
    boolean save(CouponDefinition definition);

    Optional<CouponDefinition> definition(CouponId id);

    List<CouponDefinition> definitions();

    /** Deletes a definition that has no issued codes; false if it has some (or does not exist). */
    boolean deleteUnused(CouponId id);

    /**
     * Issues {@code code} of the definition to {@code customer} unless its budget (with this code's reservation)
     * or the customer's limit would be exceeded, or the code is taken.
     */
    IssueOutcome issue(CouponDefinition definition, UserId customer, CouponCode code, Instant at);

    Optional<IssuedCoupon> byCode(CouponCode code);

    List<IssuedCoupon> issuedTo(UserId customer);

    /** Marks the code redeemed by {@code orderKey}, once. */
    RedeemOutcome redeem(CouponCode code, String orderKey, Instant at, java.math.BigDecimal discount);

    CouponUsage usage(CouponId id);
}
