package io.marketpilot.automation.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CouponsTest {
    private final CouponLedger ledger = new InMemoryCouponLedger();
    private final Coupons coupons = new Coupons(ledger, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC),
            new SplittableRandom(3), item -> Optional.of(item.value().startsWith("shoe") ? "Shoes > Running" : "Socks"));

    private IssuedCoupon issue(CouponDefinition d, String customer) {
        ledger.save(d);
        return ((IssueOutcome.Issued) coupons.issue(d.id(), UserId.of(customer))).coupon();
    }

    private static Event purchase(String id, String user, String item, String price, Map<String, Object> props) {
        return new Event(EventId.of(id), EventType.PURCHASE, UserId.of(user), null, ItemId.of(item),
                Fixtures.NOW.plusSeconds(60), 1, new BigDecimal(price), "EUR", null, Map.of(), props, Map.of(), false);
    }

    @Test
    void refusesOutsideTheValidityWindowAndUnknownCoupons() {
        CouponDefinition later = new CouponDefinition(new CouponId("later"), null, new Discount.FreeShipping(Optional.empty()),
                "EUR", null, Fixtures.NOW.plusSeconds(10), Fixtures.NOW.plusSeconds(20), 1, Budget.UNLIMITED, null);
        ledger.save(later);
        assertThat(coupons.issue(later.id(), UserId.of("a"))).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueOutcome.Reason.NOT_VALID_NOW));
        assertThat(coupons.issue(new CouponId("nope"), UserId.of("a"))).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueOutcome.Reason.UNKNOWN_COUPON));
    }

    @Test
    void looksUpWhatTheCustomerTyped() {
        IssuedCoupon c = issue(Fixtures.amount("five", "5", Budget.UNLIMITED, 1), "ann");
        assertThat(coupons.lookup(c.code().display().toLowerCase())).hasValueSatisfying(l -> {
            assertThat(l.issued()).isEqualTo(c);
            assertThat(l.definition().id().value()).isEqualTo("five");
        });
        assertThat(coupons.lookup("nonsense")).isEmpty();
    }

    @Test
    void aPurchaseCarryingTheCodeRedeemsItOnceOverEligibleLines() {
        IssuedCoupon c = issue(Fixtures.percent("ten", 10, Budget.UNLIMITED), "ann");
        Map<String, Object> props = Map.of("coupon_code", c.code().display(), "order_id", "o-1");
        List<Event> order = List.of(purchase("e1", "ann", "shoe-1", "80", props),
                purchase("e2", "ann", "sock-1", "10", props), purchase("e3", "ann", "shoe-2", "40", props));
        CouponRedemptions.Report report = coupons.redeemFrom(order);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.redeemed()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.COUPON_REDEEMED);
            assertThat(e.id().value()).isEqualTo("coupon_redeemed:" + c.code().value());
            assertThat(e.properties()).containsEntry("order_key", "o-1").containsEntry("coupon_id", "ten");
            assertThat((BigDecimal) e.properties().get("discount")).isEqualByComparingTo("12.00"); // 10 % of 120
        });
        assertThat(coupons.redeemFrom(order).redeemed()).as("replay").isEmpty();
        assertThat(coupons.redeemFrom(order).rejected()).as("replay of the same order is no error").isEmpty();
        assertThat(coupons.usage(c.coupon()).redeemed()).isEqualTo(1);
    }

    @Test
    void redemptionRulesAreEnforced() {
        IssuedCoupon c = issue(Fixtures.percent("ten", 10, Budget.UNLIMITED), "ann");
        String code = c.code().value();
        var report = coupons.redeemFrom(List.of(
                purchase("e1", "bob", "shoe-1", "80", Map.of("coupon_code", code)),
                purchase("e2", "ann", "sock-1", "80", Map.of("coupon_code", code)),
                purchase("e3", "ann", "shoe-1", "19", Map.of("coupon_code", code)),
                purchase("e4", "ann", "shoe-1", "10", Map.of("coupon_code", "XXXX"))));
        assertThat(report.redeemed()).isEmpty();
        assertThat(report.rejected()).containsExactly(
                code + " (order e1): issued to another customer",
                code + " (order e2): eligible value 0 is below the minimum spend 20",
                code + " (order e3): eligible value 19 is below the minimum spend 20",
                "XXXX (order e4): unknown code");
    }

    @Test
    void issuanceIsRecordedAsAnEvent() {
        IssuedCoupon c = issue(Fixtures.amount("five", "5", Budget.UNLIMITED, 1), "ann");
        Event e = Coupons.issuedEvent(c);
        assertThat(e.type()).isEqualTo(EventType.COUPON_ISSUED);
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(e.properties()).containsEntry("coupon_code", c.code().value());
    }
}
