package io.marketpilot.automation.coupon;

/** What asking for a code gave: a code, or why not. */
public sealed interface IssueOutcome {
    record Issued(IssuedCoupon coupon) implements IssueOutcome { }

    record Refused(Reason reason, String detail) implements IssueOutcome { }

    /** Why no code was issued. */
    enum Reason {
        UNKNOWN_COUPON, NOT_VALID_NOW, BUDGET_SPENT, CUSTOMER_LIMIT, DUPLICATE_CODE
    }
}
