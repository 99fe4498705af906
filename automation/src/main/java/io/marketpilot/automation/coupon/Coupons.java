package io.marketpilot.automation.coupon;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Coupons from definition to redemption: define, issue (checked against the validity window, the customer's limit
 * and the budget, atomically in the {@link CouponLedger}), look up by code, and recognise redemptions in purchase
 * events ({@link CouponRedemptions}). Codes come from a {@link java.security.SecureRandom} unless a seeded
 * generator is given.
 */
public final class Coupons {
    private static final int CODE_ATTEMPTS = 8;

    private final CouponLedger ledger;
    private final Clock clock;
    private final RandomGenerator random;
    private final CouponRedemptions redemptions;

    public Coupons(CouponLedger ledger, Clock clock, RandomGenerator random,
                   Function<ItemId, Optional<String>> categoryOf) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.redemptions = new CouponRedemptions(ledger, categoryOf);
    }

    /** Validates and saves a definition from its wire form; returns it and whether it replaced one. */
    public Saved define(Map<String, ?> wire) {
        CouponDefinition d = CouponDefinitionParser.parse(wire);
        return new Saved(d, ledger.save(d));
    }

    /** A saved definition and whether an older one was replaced. */
    public record Saved(CouponDefinition definition, boolean replaced) { }

    public Optional<CouponDefinition> definition(CouponId id) {
        return ledger.definition(id);
    }

    public List<CouponDefinition> definitions() {
        return ledger.definitions();
    }

    public boolean deleteUnused(CouponId id) {
        return ledger.deleteUnused(id);
    }

    public CouponUsage usage(CouponId id) {
        return ledger.usage(id);
    }

    /** Issues a fresh code of coupon {@code id} to {@code customer} now, or says why not. */
    public IssueOutcome issue(CouponId id, UserId customer) {
        Optional<CouponDefinition> d = ledger.definition(id);
        if (d.isEmpty()) {
            return new IssueOutcome.Refused(IssueOutcome.Reason.UNKNOWN_COUPON, "no coupon " + id);
        }
        Instant now = clock.instant();
        if (!d.get().validAt(now)) {
            return new IssueOutcome.Refused(IssueOutcome.Reason.NOT_VALID_NOW,
                    "valid from " + d.get().validFrom() + " until " + d.get().validUntil() + ", now is " + now);
        }
        IssueOutcome outcome = null;
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            CouponCode code;
            synchronized (random) {
                code = CouponCode.random(random);
            }
            outcome = ledger.issue(d.get(), customer, code, now);
            if (!(outcome instanceof IssueOutcome.Refused r && r.reason() == IssueOutcome.Reason.DUPLICATE_CODE)) {
                return outcome;
            }
        }
        return outcome;
    }

    /** The issued code a customer typed (any case, dashes), with its definition. */
    public Optional<Lookup> lookup(String typed) {
        return CouponCode.parse(typed).flatMap(ledger::byCode)
                .flatMap(c -> ledger.definition(c.coupon()).map(d -> new Lookup(c, d)));
    }

    /** An issued code and the definition it belongs to. */
    public record Lookup(IssuedCoupon issued, CouponDefinition definition) { }

    public List<IssuedCoupon> issuedTo(UserId customer) {
        return ledger.issuedTo(customer);
    }

    /** Redeems the codes carried by purchase events; returns the {@code coupon_redeemed} events to store. */
    public CouponRedemptions.Report redeemFrom(List<Event> events) {
        return redemptions.redeem(events);
    }

    /** The {@code coupon_issued} event recording an issue (its id is derived from the code, so it is stored once). */
    public static Event issuedEvent(IssuedCoupon c) {
        return new Event(io.marketpilot.core.id.EventId.of("coupon_issued:" + c.code().value()), EventType.COUPON_ISSUED,
                c.customer(), null, null, c.issuedAt(), 1, null, null, null, Map.of(),
                Map.of("coupon_id", c.coupon().value(), "coupon_code", c.code().value()), Map.of(), false);
    }
}
