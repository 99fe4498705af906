package io.marketpilot.automation.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Many threads issuing at once through {@link Coupons}: exactly the budget is given out, never more. */
class CouponBudgetProperties {
    @Property(tries = 30)
    void issuanceStopsExactlyAtTheBudget(@ForAll @IntRange(min = 1, max = 60) int budget,
                                         @ForAll @IntRange(min = 1, max = 80) int customers,
                                         @ForAll @IntRange(min = 1, max = 3) int perCustomer,
                                         @ForAll boolean money,
                                         @ForAll long seed) throws Exception {
        Budget b = money ? new Budget.Money(new BigDecimal("2.5").multiply(BigDecimal.valueOf(budget)))
                : new Budget.Count(budget);
        CouponDefinition d = Fixtures.amount("p", "2.5", b, perCustomer);
        CouponLedger ledger = new InMemoryCouponLedger();
        ledger.save(d);
        Coupons coupons = new Coupons(ledger, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), new SplittableRandom(seed),
                item -> java.util.Optional.empty());
        List<Callable<Boolean>> asks = new ArrayList<>();
        for (int i = 0; i < customers * 4; i++) {
            UserId customer = UserId.of("c" + (i % customers));
            asks.add(() -> coupons.issue(d.id(), customer) instanceof IssueOutcome.Issued);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long issued = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(asks)) {
                issued += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        long expected = Math.min(budget, (long) customers * perCustomer);
        assertThat(issued).isEqualTo(expected);
        assertThat(ledger.usage(d.id()).issued()).isEqualTo(expected);
    }
}
