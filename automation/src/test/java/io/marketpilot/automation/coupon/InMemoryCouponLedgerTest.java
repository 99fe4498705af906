package io.marketpilot.automation.coupon;

class InMemoryCouponLedgerTest extends CouponLedgerContract {
    private final CouponLedger ledger = new InMemoryCouponLedger();

    @Override
    protected CouponLedger ledger() {
        return ledger;
    }
}
