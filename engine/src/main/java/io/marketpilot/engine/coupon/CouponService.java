package io.marketpilot.engine.coupon;

import io.marketpilot.automation.coupon.CouponLedger;
import io.marketpilot.automation.coupon.CouponRedemptions;
import io.marketpilot.automation.coupon.Coupons;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.ItemStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * Coupons as the engine runs them: {@link Coupons} over a ledger, codes from {@link SecureRandom}, item categories
 * from the catalogue; every issue is recorded as a {@code coupon_issued} event and every stored purchase carrying a
 * code is checked for a redemption, recorded as {@code coupon_redeemed}.
 */
public final class CouponService {
    private final Coupons coupons;
    private final EventLog events;

    public CouponService(CouponLedger ledger, Clock clock, ItemStore items, EventLog events) {
        this.events = events;
        this.coupons = new Coupons(ledger, clock, new SecureRandom(),
                id -> items.get(id).map(i -> String.join(" > ", i.category())));
    }

    /** The coupon operations (definitions, lookup, usage); issuing goes through {@link #issue}. */
    public Coupons coupons() {
        return coupons;
    }

    /** Issues a code and records the {@code coupon_issued} event. */
    public IssueOutcome issue(CouponId coupon, UserId customer) {
        IssueOutcome outcome = coupons.issue(coupon, customer);
        if (outcome instanceof IssueOutcome.Issued issued) {
            events.append(List.of(Coupons.issuedEvent(issued.coupon())));
        }
        return outcome;
    }

    /** Called with every batch of stored events: redeems codes on purchases and stores the redemption events. */
    public CouponRedemptions.Report eventsStored(List<Event> stored) {
        boolean anyCode = false;
        for (Event e : stored) {
            if (e.type() == EventType.PURCHASE && e.properties().containsKey("coupon_code")) {
                anyCode = true;
                break;
            }
        }
        if (!anyCode) {
            return new CouponRedemptions.Report(List.of(), List.of());
        }
        CouponRedemptions.Report report = coupons.redeemFrom(stored);
        if (!report.redeemed().isEmpty()) {
            events.append(report.redeemed());
        }
        return report;
    }
}
