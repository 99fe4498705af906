package io.marketpilot.automation.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.id.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link CouponLedger} must do; an implementation's test extends this with {@link #ledger()}. */
public abstract class CouponLedgerContract {
    protected abstract CouponLedger ledger();

    private final SplittableRandom random = new SplittableRandom(42);

    private CouponCode code() {
        return CouponCode.random(random);
    }

    @Test
    void savesReplacesListsAndDeletesDefinitions() {
        CouponLedger l = ledger();
        CouponDefinition d = Fixtures.amount("five", "5", Budget.UNLIMITED, 1);
        assertThat(l.save(d)).isFalse();
        assertThat(l.save(Fixtures.percent("five", 10, Budget.UNLIMITED))).isTrue();
        assertThat(l.definition(new CouponId("five")).orElseThrow().discount()).isInstanceOf(Discount.Percent.class);
        assertThat(l.definitions()).hasSize(1);
        assertThat(l.deleteUnused(new CouponId("five"))).isTrue();
        assertThat(l.definitions()).isEmpty();
    }

    @Test
    void issuesWithinTheCustomerLimitAndFindsByCode() {
        CouponLedger l = ledger();
        CouponDefinition d = Fixtures.amount("five", "5", Budget.UNLIMITED, 2);
        l.save(d);
        UserId ann = UserId.of("ann");
        var first = (IssueOutcome.Issued) l.issue(d, ann, code(), Fixtures.NOW);
        assertThat(l.issue(d, ann, code(), Fixtures.NOW)).isInstanceOf(IssueOutcome.Issued.class);
        assertThat(l.issue(d, ann, code(), Fixtures.NOW)).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueOutcome.Reason.CUSTOMER_LIMIT));
        assertThat(l.byCode(first.coupon().code())).contains(first.coupon());
        assertThat(l.issuedTo(ann)).hasSize(2);
        assertThat(l.deleteUnused(d.id())).as("codes were issued").isFalse();
    }

    @Test
    void refusesATakenCode() {
        CouponLedger l = ledger();
        CouponDefinition d = Fixtures.amount("five", "5", Budget.UNLIMITED, 5);
        l.save(d);
        CouponCode c = code();
        l.issue(d, UserId.of("a"), c, Fixtures.NOW);
        assertThat(l.issue(d, UserId.of("b"), c, Fixtures.NOW)).isInstanceOfSatisfying(IssueOutcome.Refused.class,
                r -> assertThat(r.reason()).isEqualTo(IssueOutcome.Reason.DUPLICATE_CODE));
    }

    @Test
    void redeemsOnceAndRemembersTheOrder() {
        CouponLedger l = ledger();
        CouponDefinition d = Fixtures.amount("five", "5", Budget.UNLIMITED, 1);
        l.save(d);
        var issued = ((IssueOutcome.Issued) l.issue(d, UserId.of("a"), code(), Fixtures.NOW)).coupon();
        assertThat(l.redeem(issued.code(), "o1", Fixtures.NOW, new BigDecimal("5"))).isInstanceOf(RedeemOutcome.Redeemed.class);
        assertThat(l.redeem(issued.code(), "o1", Fixtures.NOW, new BigDecimal("5")))
                .isEqualTo(new RedeemOutcome.AlreadyRedeemed(l.byCode(issued.code()).orElseThrow(), true));
        assertThat(l.redeem(issued.code(), "o2", Fixtures.NOW, new BigDecimal("5")))
                .isInstanceOfSatisfying(RedeemOutcome.AlreadyRedeemed.class, a -> assertThat(a.sameOrder()).isFalse());
        assertThat(l.usage(d.id())).satisfies(u -> {
            assertThat(u.issued()).isEqualTo(1);
            assertThat(u.redeemed()).isEqualTo(1);
            assertThat(u.discountGiven()).isEqualByComparingTo("5");
        });
    }

    @Test
    void concurrentIssuersNeverOverspendACountBudget() throws Exception {
        CouponDefinition d = Fixtures.amount("few", "5", new Budget.Count(37), 1);
        assertThat(issueConcurrently(d, 200)).isEqualTo(37);
        assertThat(ledger().usage(d.id()).issued()).isEqualTo(37);
    }

    @Test
    void concurrentIssuersNeverOverspendAMoneyBudget() throws Exception {
        CouponDefinition d = Fixtures.amount("money", "7.5", new Budget.Money(new BigDecimal("100")), 1);
        assertThat(issueConcurrently(d, 200)).isEqualTo(13); // 13 × 7.5 = 97.5 ≤ 100 < 105
        assertThat(ledger().usage(d.id()).reserved()).isEqualByComparingTo("97.5");
    }

    /** {@code customers} distinct customers ask at once from 8 threads; returns how many codes were issued. */
    protected long issueConcurrently(CouponDefinition d, int customers) throws Exception {
        CouponLedger l = ledger();
        l.save(d);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            UserId customer = UserId.of("c" + i);
            CouponCode c = code();
            tasks.add(() -> l.issue(d, customer, c, Fixtures.NOW) instanceof IssueOutcome.Issued);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long issued = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                if (f.get()) {
                    issued++;
                }
            }
            return issued;
        } finally {
            pool.shutdownNow();
        }
    }
}
