package io.marketpilot.automation.coupon;

import java.util.Optional;

/** The issuance checks every ledger applies inside its atomic step, so all ledgers refuse alike. */
public final class CouponRules {
    private CouponRules() {}

    /**
     * Why one more code of {@code d} may not be issued, given what is issued already ({@code usage}) and how many
     * codes of it the customer holds ({@code customerCodes}); empty if it may.
     */
    public static Optional<IssueOutcome.Refused> refusal(CouponDefinition d, CouponUsage usage, long customerCodes) {
        if (customerCodes >= d.perCustomerLimit()) {
            return Optional.of(new IssueOutcome.Refused(IssueOutcome.Reason.CUSTOMER_LIMIT,
                    "the customer holds " + customerCodes + " of at most " + d.perCustomerLimit()));
        }
        return switch (d.budget()) {
            case Budget.Unlimited u -> Optional.empty();
            case Budget.Count c -> usage.issued() + 1 > c.codes()
                    ? Optional.of(new IssueOutcome.Refused(IssueOutcome.Reason.BUDGET_SPENT,
                            usage.issued() + " of " + c.codes() + " codes issued"))
                    : Optional.empty();
            case Budget.Money m -> usage.reserved().add(d.reservation()).compareTo(m.amount()) > 0
                    ? Optional.of(new IssueOutcome.Refused(IssueOutcome.Reason.BUDGET_SPENT,
                            usage.reserved().toPlainString() + " of " + m.amount().toPlainString() + " "
                                    + d.currency() + " reserved"))
                    : Optional.empty();
        };
    }
}
