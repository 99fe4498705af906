package io.marketpilot.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.experiments.stats.Moments;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExposureLedgerTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static int ids;

    static Event event(String user, EventType type, Instant at, String price, Map<String, Object> context) {
        return new Event(EventId.of("e" + ids++), type, UserId.of(user), null, ItemId.of("i1"), at, 1,
                price == null ? null : new BigDecimal(price), price == null ? null : "EUR", null, context, Map.of(),
                Map.of(), false);
    }

    @Test
    void metricsCountOnlyEventsAfterFirstExposureAndInsideTheWindow() {
        List<MetricDefinition> metrics = List.of(MetricDefinition.conversion(7), MetricDefinition.revenuePerUser(),
                MetricDefinition.averageOrderValue(), MetricDefinition.clickThroughRate("home"));
        ExposureLedger ledger = new ExposureLedger(metrics, 2, 4);
        ledger.expose("a", 0, T0, 0);
        ledger.expose("b", 1, T0, 0);
        ledger.expose("c", 1, T0, 0);
        ledger.expose("b", 0, T0.plusSeconds(5), 0); // conflicting exposure: b stays in variant 1
        ledger.observe(event("a", EventType.PURCHASE, T0.minusSeconds(60), "99", null)); // before exposure
        ledger.observe(event("a", EventType.PURCHASE, T0.plus(Duration.ofDays(8)), "10", null)); // after 7 days
        ledger.observe(event("b", EventType.PURCHASE, T0.plusSeconds(60), "20", null));
        ledger.observe(event("b", EventType.PURCHASE, T0.plusSeconds(90), "40", null));
        ledger.observe(event("c", EventType.IMPRESSION, T0.plusSeconds(1), null, Map.of("placement", "home")));
        ledger.observe(event("c", EventType.IMPRESSION, T0.plusSeconds(2), null, Map.of("placement", "cart")));
        ledger.observe(event("c", EventType.CLICK, T0.plusSeconds(3), null, Map.of("placement", "home")));
        ledger.observe(event("nobody", EventType.PURCHASE, T0.plusSeconds(3), "5", null));

        assertThat(ledger.exposures()).containsExactly(1, 2);
        assertThat(ledger.conflicts()).isEqualTo(1);
        Moments[][] m = ledger.moments();
        assertThat(m[0][0].sumY()).isZero(); // a bought only after the window
        assertThat(m[0][1].sumY()).isEqualTo(1);
        assertThat(m[0][1].n()).isEqualTo(2);
        assertThat(m[1][0].sumY()).isEqualTo(10); // revenue has no window
        assertThat(m[1][1].sumY()).isEqualTo(60);
        assertThat(m[2][1].sumY() / m[2][1].sumX()).isEqualTo(30); // AOV = 60 / 2 orders
        assertThat(m[3][1].sumY()).isEqualTo(1);
        assertThat(m[3][1].sumX()).isEqualTo(1); // only the home impression counts
    }

    @Test
    void winsorisationCapsAtThePercentileOfNonZeroValues() {
        MetricDefinition capped = new MetricDefinition("revenue", MetricDefinition.Type.MEAN,
                EventMeasure.amount(EventType.PURCHASE), null, 0, 0.9, true, false);
        ExposureLedger ledger = new ExposureLedger(List.of(capped), 2, 16);
        for (int i = 1; i <= 10; i++) {
            ledger.expose("u" + i, i % 2, T0, 0);
            ledger.observe(event("u" + i, EventType.PURCHASE, T0.plusSeconds(1), i == 10 ? "1000" : String.valueOf(i), null));
        }
        Moments[][] m = ledger.moments();
        // nearest-rank 90th percentile of {1..9, 1000} is 9: the 1000 becomes 9
        assertThat(m[0][0].sumY() + m[0][1].sumY()).isCloseTo(45 + 9, within(1e-9));
    }

    @Test
    void survivesGrowthAndKeepsEveryUnitsVariant() {
        ExposureLedger ledger = new ExposureLedger(List.of(MetricDefinition.ordersPerUser()), 3, 10);
        for (int i = 0; i < 100_000; i++) {
            ledger.expose("u" + i, i % 3, T0, i % 7);
            if (i % 10 == 0) {
                ledger.observe(event("u" + i, EventType.PURCHASE, T0.plusSeconds(1), "1", null));
            }
        }
        Moments[][] m = ledger.moments();
        long orders = 0;
        for (int v = 0; v < 3; v++) {
            assertThat(m[0][v].n()).isBetween(33_333L, 33_334L);
            orders += (long) m[0][v].sumY();
        }
        assertThat(orders).isEqualTo(10_000);
        // units 0, 30, 60, ... are variant 0 and bought: a third of the buyers
        assertThat(m[0][0].sumY()).isEqualTo(3_334);
        assertThat(m[0][0].sumX() + m[0][1].sumX() + m[0][2].sumX()).isEqualTo(299_995); // Σ (i mod 7) for i < 100,000 (python3)
    }

    @Test
    void unitsWithoutOutcomesStillCarryTheirCovariate() {
        ExposureLedger ledger = new ExposureLedger(List.of(MetricDefinition.revenuePerUser()), 2, 8);
        Moments expected = new Moments();
        for (int i = 0; i < 6; i++) {
            double pre = i * 1.5;
            ledger.expose("u" + i, 0, T0, pre);
            double revenue = i % 2 == 0 ? 10 + i : 0;
            if (revenue > 0) {
                ledger.observe(event("u" + i, EventType.PURCHASE, T0.plusSeconds(1), String.valueOf((int) revenue), null));
            }
            expected.add(revenue, pre);
        }
        Moments actual = ledger.moments()[0][0];
        assertThat(actual.n()).isEqualTo(expected.n());
        assertThat(actual.sumX()).isCloseTo(expected.sumX(), within(1e-9));
        assertThat(actual.varianceX()).isCloseTo(expected.varianceX(), within(1e-9));
        assertThat(actual.covarianceXY()).isCloseTo(expected.covarianceXY(), within(1e-9));
        assertThat(actual.varianceY()).isCloseTo(expected.varianceY(), within(1e-9));
    }
}
