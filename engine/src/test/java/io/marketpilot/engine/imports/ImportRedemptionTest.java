package io.marketpilot.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.coupon.CouponId;
import io.marketpilot.automation.coupon.IssueOutcome;
import io.marketpilot.automation.coupon.IssuedCoupon;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ProgressSink;
import io.marketpilot.engine.config.EngineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A purchase carrying a coupon code redeems it when it arrives in an imported file, as on live ingest: the code is
 * marked redeemed for its order, a coupon_redeemed event is stored, and importing the same file again changes
 * nothing (no second redemption, no second event, the usage still counts one).
 */
class ImportRedemptionTest {
    @TempDir
    Path dir;

    @Test
    void importedPurchasesRedeemTheirCodesOnceEvenWhenTheFileIsImportedTwice() throws IOException {
        try (Engine engine = Engine.open(EngineConfig.at(dir.resolve("data")), ImportJobTest.CLOCK)) {
            engine.coupons().coupons().define(Map.of("id", "welcome-10", "discount",
                    Map.of("type", "amount", "amount", 10), "currency", "EUR",
                    "valid_from", "2026-01-01T00:00:00Z", "valid_until", "2027-01-01T00:00:00Z"));
            CouponId coupon = new CouponId("welcome-10");
            IssuedCoupon ann = ((IssueOutcome.Issued) engine.coupons().issue(coupon, UserId.of("ann"))).coupon();
            IssuedCoupon bob = ((IssueOutcome.Issued) engine.coupons().issue(coupon, UserId.of("bob"))).coupon();
            Path file = dir.resolve("orders.jsonl");
            Files.writeString(file, String.join("\n",
                    purchase("p1", "ann", "o-1", ann.code().display()),
                    purchase("p2", "ann", "o-1", ann.code().display()), // a second line of the same order
                    purchase("p3", "bob", "o-2", ann.code().value()), // ann's code presented by bob
                    purchase("p4", "cy", "o-3", null)) + "\n");

            ImportReport first = engine.importFile(new ImportRequest(ImportKind.EVENTS, file, "jsonl", false),
                    ProgressSink.NONE);
            assertThat(first.committed()).isTrue();
            assertThat(first.couponPurchases()).hasSize(3);
            assertThat(first.couponsRedeemed()).isEqualTo(1);
            IssuedCoupon redeemed = engine.coupons().coupons().lookup(ann.code().value()).orElseThrow().issued();
            assertThat(redeemed.redemption()).hasValueSatisfying(r -> assertThat(r.orderKey()).isEqualTo("o-1"));
            assertThat(engine.coupons().coupons().lookup(bob.code().value()).orElseThrow().issued().redeemed())
                    .isFalse();
            assertThat(redemptions(engine, "ann")).isEqualTo(1);

            ImportReport again = engine.importFile(new ImportRequest(ImportKind.EVENTS, file, "jsonl", false),
                    ProgressSink.NONE);
            assertThat(again.eventDuplicates()).isEqualTo(4);
            assertThat(again.couponsRedeemed()).isZero();
            assertThat(redemptions(engine, "ann")).isEqualTo(1);
            assertThat(engine.coupons().coupons().usage(coupon).redeemed()).isEqualTo(1);
        }
    }

    private static long redemptions(Engine engine, String user) {
        return engine.recentEvents(UserId.of(user), 100).stream()
                .filter(e -> e.type() == EventType.COUPON_REDEEMED).count();
    }

    private static String purchase(String id, String user, String order, String code) {
        String props = code == null ? "{\"order_id\": \"" + order + "\"}"
                : "{\"order_id\": \"" + order + "\", \"coupon_code\": \"" + code + "\"}";
        return "{\"event_id\": \"" + id + "\", \"type\": \"purchase\", \"user_id\": \"" + user + "\", \"item_id\": \"i1\","
                + " \"price\": 30, \"currency\": \"EUR\", \"timestamp\": \"2026-10-02T10:00:00Z\", \"properties\": "
                + props + "}";
    }
}
