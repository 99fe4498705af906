package io.marketpilot.automation.coupon;

import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link CouponLedger} in memory, one lock for everything: for tests and for engines without a state store. */
public final class InMemoryCouponLedger implements CouponLedger {
    private final Map<CouponId, CouponDefinition> definitions = new LinkedHashMap<>();
    private final Map<CouponCode, IssuedCoupon> codes = new LinkedHashMap<>();
    private final Map<CouponId, CouponUsage> usage = new HashMap<>();

    @Override
    public synchronized boolean save(CouponDefinition definition) {
        return definitions.put(definition.id(), definition) != null;
    }

    @Override
    public synchronized Optional<CouponDefinition> definition(CouponId id) {
        return Optional.ofNullable(definitions.get(id));
    }

    @Override
    public synchronized List<CouponDefinition> definitions() {
        return definitions.values().stream().sorted(Comparator.comparing(d -> d.id().value())).toList();
    }

    @Override
    public synchronized boolean deleteUnused(CouponId id) {
        if (usage.getOrDefault(id, CouponUsage.NONE).issued() > 0) {
            return false;
        }
        return definitions.remove(id) != null;
    }

    @Override
    public synchronized IssueOutcome issue(CouponDefinition d, UserId customer, CouponCode code, Instant at) {
        if (codes.containsKey(code)) {
            return new IssueOutcome.Refused(IssueOutcome.Reason.DUPLICATE_CODE, "code exists");
        }
        CouponUsage u = usage.getOrDefault(d.id(), CouponUsage.NONE);
        long mine = codes.values().stream().filter(c -> c.coupon().equals(d.id()) && c.customer().equals(customer)).count();
        Optional<IssueOutcome.Refused> refused = CouponRules.refusal(d, u, mine);
        if (refused.isPresent()) {
            return refused.get();
        }
        IssuedCoupon issued = new IssuedCoupon(code, d.id(), customer, at, d.reservation(), Optional.empty());
        codes.put(code, issued);
        usage.put(d.id(), new CouponUsage(u.issued() + 1, u.reserved().add(d.reservation()), u.redeemed(),
                u.discountGiven()));
        return new IssueOutcome.Issued(issued);
    }

    @Override
    public synchronized Optional<IssuedCoupon> byCode(CouponCode code) {
        return Optional.ofNullable(codes.get(code));
    }

    @Override
    public synchronized List<IssuedCoupon> issuedTo(UserId customer) {
        List<IssuedCoupon> out = new ArrayList<>();
        codes.values().stream().filter(c -> c.customer().equals(customer)).forEach(out::add);
        return out;
    }

    @Override
    public synchronized RedeemOutcome redeem(CouponCode code, String orderKey, Instant at, BigDecimal discount) {
        IssuedCoupon c = codes.get(code);
        if (c == null) {
            return new RedeemOutcome.Rejected("unknown code");
        }
        if (c.redeemed()) {
            return new RedeemOutcome.AlreadyRedeemed(c, c.redemption().get().orderKey().equals(orderKey));
        }
        IssuedCoupon done = new IssuedCoupon(c.code(), c.coupon(), c.customer(), c.issuedAt(), c.reserved(),
                Optional.of(new IssuedCoupon.Redemption(orderKey, at, discount)));
        codes.put(code, done);
        CouponUsage u = usage.getOrDefault(c.coupon(), CouponUsage.NONE);
        usage.put(c.coupon(), new CouponUsage(u.issued(), u.reserved(), u.redeemed() + 1, u.discountGiven().add(discount)));
        return new RedeemOutcome.Redeemed(done);
    }

    @Override
    public synchronized CouponUsage usage(CouponId id) {
        return usage.getOrDefault(id, CouponUsage.NONE);
    }
}
