package io.marketpilot.engine.coupon;

import io.marketpilot.automation.coupon.CouponLedger;
import io.marketpilot.automation.coupon.CouponRedemptions;
import io.marketpilot.automation.coupon.Coupons;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.CouponCode;
import io.marketpilot.automation.coupon.CouponDefinition;
import io.marketpilot.automation.coupon.IssuedCoupon;
import java.time.Instant;
import java.util.Optional;
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
    private final CouponLedger ledger;
    private final Clock clock;

    public CouponService(CouponLedger ledger, Clock clock, ItemStore items, EventLog events) {
        this.events = events;
        this.ledger = ledger;
        this.clock = clock;
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

    /**
     * Issues exactly {@code code} — derived by the caller from an idempotency key with a secret (journeys) — at most
     * once: if the code was issued before, to this customer and of this coupon, that issue is returned again
     * (and its {@code coupon_issued} event, stored once by its id, re-appended harmlessly). So a crash between
     * issuing and recording that it was done never issues a second code.
     */
    public IssueOutcome issueOnce(CouponId coupon, UserId customer, CouponCode code) {
        Optional<IssuedCoupon> before = ledger.byCode(code);
        if (before.isPresent()) {
            return recorded(sameIssue(before.get(), coupon, customer));
        }
        Optional<CouponDefinition> d = ledger.definition(coupon);
        if (d.isEmpty()) {
            return new IssueOutcome.Refused(IssueOutcome.Reason.UNKNOWN_COUPON, "no coupon " + coupon);
        }
        Instant now = clock.instant();
        if (!d.get().validAt(now)) {
            return new IssueOutcome.Refused(IssueOutcome.Reason.NOT_VALID_NOW,
                    "valid from " + d.get().validFrom() + " until " + d.get().validUntil() + ", now is " + now);
        }
        IssueOutcome outcome = ledger.issue(d.get(), customer, code, now);
        if (outcome instanceof IssueOutcome.Refused r && r.reason() == IssueOutcome.Reason.DUPLICATE_CODE) {
            return recorded(sameIssue(ledger.byCode(code).orElseThrow(), coupon, customer));
        }
        return recorded(outcome);
    }

    private static IssueOutcome sameIssue(IssuedCoupon issued, CouponId coupon, UserId customer) {
        if (!issued.coupon().equals(coupon) || !issued.customer().equals(customer)) {
            return new IssueOutcome.Refused(IssueOutcome.Reason.DUPLICATE_CODE,
                    "the derived code belongs to another issue");
        }
        return new IssueOutcome.Issued(issued);
    }

    private IssueOutcome recorded(IssueOutcome outcome) {
        if (outcome instanceof IssueOutcome.Issued issued) {
            events.append(List.of(Coupons.issuedEvent(issued.coupon())));
        }
        return outcome;
    }

    /**
     * Called after an events import with its purchase lines that carry a code (a bulk load bypasses
     * {@link #eventsStored}): the same redemptions as on live ingest. Importing the same file again redeems
     * nothing more (a code is redeemed once per order; its event's id derives from the code). Returns how many
     * codes were redeemed now.
     */
    public int eventsImported(List<Event> couponPurchases) {
        return couponPurchases.isEmpty() ? 0 : eventsStored(couponPurchases).redeemed().size();
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
