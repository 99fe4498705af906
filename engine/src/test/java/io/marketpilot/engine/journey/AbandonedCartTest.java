package io.marketpilot.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.core.id.UserId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The abandoned-cart journey on a real engine and simulated time: timers, exits, coupons, history. */
class AbandonedCartTest {
    @TempDir
    Path dir;
    JourneyShop shop;

    @BeforeEach
    void open() {
        shop = new JourneyShop(dir).customers("ann", "bob");
        shop.save(JourneyShop.abandonedCart());
        shop.engine.journeys().activate("abandoned-cart");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void remindsAfterAnHourThenSendsACouponADayLater() {
        shop.event("add_to_cart", "ann");
        shop.advance(Duration.ofMinutes(59));
        assertThat(shop.box()).isEmpty();
        shop.advance(Duration.ofMinutes(1));
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("abandoned_cart:HELD");
        shop.advance(Duration.ofHours(23));
        assertThat(shop.boxTemplatesOf("ann")).hasSize(1);
        shop.advance(Duration.ofHours(1));
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("abandoned_cart:HELD", "coupon:HELD");
        OutboxEntry coupon = shop.box().get(1);
        String code = (String) coupon.message().data().get("code");
        assertThat(shop.engine.coupons().coupons().lookup(code)).isPresent();
        assertThat(shop.engine.coupons().coupons().issuedTo(UserId.of("ann"))).hasSize(1);

        List<CustomerJourney> runs = shop.engine.journeys().customerJourneys(UserId.of("ann"));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).active()).isFalse();
        assertThat(runs.get(0).exitReason()).contains("completed");
        assertThat(runs.get(0).history()).extracting(CustomerJourney.PastStep::kind)
                .contains("entered", "step", "action", "exited");
        shop.advance(Duration.ofDays(10));
        assertThat(shop.box()).hasSize(2);
    }

    @Test
    void aPurchaseExitsTheJourneyAndCountsAsAConversion() {
        shop.event("add_to_cart", "ann");
        shop.event("add_to_cart", "bob");
        shop.advance(Duration.ofMinutes(30));
        shop.event("purchase", "ann");
        shop.advance(Duration.ofMinutes(30));
        assertThat(shop.boxTemplatesOf("ann")).isEmpty();
        assertThat(shop.boxTemplatesOf("bob")).containsExactly("abandoned_cart:HELD");

        CustomerJourney ann = shop.engine.journeys().customerJourneys(UserId.of("ann")).get(0);
        assertThat(ann.exitReason()).contains("purchased");
        CustomerJourney bob = shop.engine.journeys().customerJourneys(UserId.of("bob")).get(0);
        assertThat(bob.currentStep()).isEqualTo("wait-1d");
        assertThat(bob.waitingFor()).hasValueSatisfying(w -> assertThat(w).contains("wait"));
        assertThat(bob.until()).contains(JourneyShop.T0.plus(Duration.ofHours(25)));

        JourneyReport report = shop.engine.journeys().report("abandoned-cart").orElseThrow();
        assertThat(report.entered()).isEqualTo(2);
        assertThat(report.converted()).isEqualTo(1);
        assertThat(report.exitedBy()).containsEntry("purchased", 1L);
        assertThat(report.inStep()).containsEntry("wait-1d", 1L);
    }

    @Test
    void reEntryWaitsForTheGapAndNeverOverlapsARun() {
        shop.event("add_to_cart", "ann");
        shop.event("add_to_cart", "ann"); // already in the journey
        shop.advance(Duration.ofMinutes(10));
        shop.event("purchase", "ann");
        shop.advance(Duration.ofDays(1));
        shop.event("add_to_cart", "ann"); // re-entry only 7 days after the last entry
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann"))).hasSize(1);
        shop.advance(Duration.ofDays(7));
        shop.event("add_to_cart", "ann");
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("ann"))).hasSize(2);
    }

    @Test
    void aPausedJourneyEntersNobodyAndHoldsItsTimers() {
        shop.event("add_to_cart", "ann");
        shop.engine.journeys().pause("abandoned-cart");
        shop.event("add_to_cart", "bob");
        shop.advance(Duration.ofHours(2));
        assertThat(shop.box()).isEmpty();
        shop.engine.journeys().activate("abandoned-cart");
        shop.advance(Duration.ofSeconds(1));
        assertThat(shop.boxTemplatesOf("ann")).containsExactly("abandoned_cart:HELD");
        assertThat(shop.engine.journeys().customerJourneys(UserId.of("bob"))).isEmpty();
    }
}
