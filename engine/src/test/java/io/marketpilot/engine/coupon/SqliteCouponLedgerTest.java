package io.marketpilot.engine.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.coupon.Budget;
import io.marketpilot.automation.coupon.CouponCode;
import io.marketpilot.automation.coupon.CouponDefinition;
import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.Discount;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.coupon.IssuedCoupon;
import io.marketpilot.automation.coupon.RedeemOutcome;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.state.StateDatabase;
import io.marketpilot.store.embedded.EmbeddedStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite ledger on a real state.sqlite: what automation's CouponLedgerContract checks for the in-memory ledger
 * (kept there: a test-jar would break builds that skip tests), with the concurrency checks through two
 * connections as two processes would have them.
 */
class SqliteCouponLedgerTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    @TempDir
    Path dir;
    private EmbeddedStores stores;
    private final List<StateDatabase> dbs = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(42);

    @BeforeEach
    void open() {
        stores = EmbeddedStores.open(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        dbs.forEach(StateDatabase::close);
        stores.close();
    }

    private SqliteCouponLedger ledger() {
        StateDatabase db = StateDatabase.open(dir.resolve(EmbeddedStores.STATE_FILE));
        dbs.add(db);
        return new SqliteCouponLedger(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static CouponDefinition amount(String id, String value, Budget budget, int perCustomer) {
        return new CouponDefinition(new CouponId(id), id, new Discount.Amount(new BigDecimal(value)), "EUR", null,
                NOW.minusSeconds(60), NOW.plusSeconds(86_400), perCustomer, budget, Set.of("Shoes"));
    }

    @Test
    void definitionsRoundTripAndAreReplaced() {
        SqliteCouponLedger l = ledger();
        CouponDefinition d = amount("five", "5", new Budget.Money(new BigDecimal("50")), 2);
        assertThat(l.save(d)).isFalse();
        assertThat(l.definition(d.id())).contains(d);
        assertThat(l.save(amount("five", "6", Budget.UNLIMITED, 1))).isTrue();
        assertThat(l.definitions()).extracting(CouponDefinition::budget).containsExactly(Budget.UNLIMITED);
        assertThat(l.deleteUnused(d.id())).isTrue();
    }

    @Test
    void issuesWithinLimitsAndRedeemsOnce() {
        SqliteCouponLedger l = ledger();
        CouponDefinition d = amount("five", "5", new Budget.Count(10), 1);
        l.save(d);
        IssuedCoupon c = ((IssueOutcome.Issued) l.issue(d, UserId.of("ann"), CouponCode.random(random), NOW)).coupon();
        assertThat(l.issue(d, UserId.of("ann"), CouponCode.random(random), NOW)).isInstanceOfSatisfying(
                IssueOutcome.Refused.class, r -> assertThat(r.reason()).isEqualTo(IssueOutcome.Reason.CUSTOMER_LIMIT));
        assertThat(l.issue(d, UserId.of("bob"), c.code(), NOW)).isInstanceOfSatisfying(
                IssueOutcome.Refused.class, r -> assertThat(r.reason()).isEqualTo(IssueOutcome.Reason.DUPLICATE_CODE));
        assertThat(l.byCode(c.code())).contains(c);
        assertThat(l.issuedTo(UserId.of("ann"))).containsExactly(c);
        assertThat(l.redeem(c.code(), "o1", NOW, new BigDecimal("5"))).isInstanceOf(RedeemOutcome.Redeemed.class);
        assertThat(ledger().redeem(c.code(), "o1", NOW, new BigDecimal("5"))).isInstanceOfSatisfying(
                RedeemOutcome.AlreadyRedeemed.class, a -> assertThat(a.sameOrder()).isTrue());
        assertThat(l.usage(d.id()).redeemed()).isEqualTo(1);
        assertThat(l.usage(d.id()).discountGiven()).isEqualByComparingTo("5");
        assertThat(l.deleteUnused(d.id())).isFalse();
    }

    @Test
    void concurrentIssuersOnTwoConnectionsNeverOverspend() throws Exception {
        SqliteCouponLedger a = ledger();
        SqliteCouponLedger b = ledger();
        CouponDefinition count = amount("few", "5", new Budget.Count(37), 1);
        CouponDefinition money = amount("money", "7.5", new Budget.Money(new BigDecimal("100")), 1);
        a.save(count);
        a.save(money);
        List<Callable<Boolean>> asks = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            SqliteCouponLedger l = i % 2 == 0 ? a : b;
            UserId customer = UserId.of("c" + i);
            CouponCode c1 = CouponCode.random(random);
            CouponCode c2 = CouponCode.random(random);
            asks.add(() -> l.issue(count, customer, c1, NOW) instanceof IssueOutcome.Issued);
            asks.add(() -> l.issue(money, customer, c2, NOW) instanceof IssueOutcome.Issued);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long issued = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(asks)) {
                issued += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(issued).isEqualTo(37 + 13);
        assertThat(a.usage(count.id()).issued()).isEqualTo(37);
        assertThat(b.usage(money.id()).reserved()).isEqualByComparingTo("97.5"); // 13 × 7.5 ≤ 100 < 14 × 7.5
    }
}
