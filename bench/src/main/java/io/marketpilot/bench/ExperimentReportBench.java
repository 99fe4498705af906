package io.marketpilot.bench;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.experiments.metrics.EventMeasure;
import io.marketpilot.experiments.metrics.ExposureLedger;
import io.marketpilot.experiments.metrics.MetricDefinition;
import io.marketpilot.experiments.report.ExperimentReport;
import io.marketpilot.experiments.report.MetricSpec;
import io.marketpilot.experiments.report.ReportBuilder;
import io.marketpilot.experiments.report.ReportOptions;
import io.marketpilot.experiments.stats.Moments;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * An experiment report over many exposures and 20 metrics: a seeded A/B experiment (treatment +5 % purchase
 * rate) is folded into an {@link ExposureLedger} — the incremental state the engine keeps — and then the report
 * is built (moments in one pass over units with outcomes, then every test). Prints the time of each phase.
 *   bench/experiments-report [--exposures 10000000] [--active-share 10] [--seed 42] [--help]
 */
public final class ExperimentReportBench {
    private static final Set<String> OPTIONS = Set.of("exposures", "active-share", "seed");
    private static final Set<String> FLAGS = Set.of("help");
    private static final String USAGE = "usage: bench/experiments-report [--exposures 10000000]"
            + " [--active-share PERCENT_OF_UNITS_WITH_EVENTS (10)] [--seed 42]\n";
    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
    private static final EventType[] TYPES = {EventType.VIEW, EventType.IMPRESSION, EventType.CLICK,
        EventType.ADD_TO_CART, EventType.PURCHASE, EventType.REFUND, EventType.COUPON_REDEEMED,
        EventType.MESSAGE_CLICKED};
    private static final String[] PLACEMENTS = {"home", "cart", "product"};

    private ExperimentReportBench() {
    }

    public static void main(String[] args) {
        BenchArgs a = BenchArgs.parse(args, OPTIONS, FLAGS);
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        int exposures = a.integer("exposures", 10_000_000, 1_000, 100_000_000);
        int activeShare = a.integer("active-share", 10, 1, 100);
        long seed = a.number("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("experiments-report: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        List<MetricDefinition> metrics = metrics();
        ExposureLedger ledger = new ExposureLedger(metrics, 2, exposures);
        SplittableRandom random = new SplittableRandom(seed);
        long start = System.nanoTime();
        long events = 0;
        for (int u = 0; u < exposures; u++) {
            String unit = "u" + u;
            int variant = random.nextInt(2);
            Instant at = T0.plusSeconds(random.nextInt(14 * 86_400));
            ledger.expose(unit, variant, at, random.nextDouble() < 0.3 ? 50 * random.nextDouble() : 0);
            if (random.nextInt(100) < activeShare) {
                int n = 1 + random.nextInt(5);
                for (int e = 0; e < n; e++) {
                    ledger.observe(event(unit, u * 8L + e, at.plusSeconds(random.nextInt(20 * 86_400)), variant, random));
                    events++;
                }
            }
        }
        long folded = System.nanoTime();
        Moments[][] moments = ledger.moments();
        long summed = System.nanoTime();
        ExperimentReport report = ReportBuilder.build(List.of("control", "treatment"), new double[] {1, 1},
                ledger.exposures(), metrics.stream().map(MetricSpec::of).toList(), moments, ReportOptions.running());
        long built = System.nanoTime();
        Map<String, Object> out = Report.object();
        out.put("benchmark", "experiments-report");
        out.put("exposures", exposures);
        out.put("metrics", metrics.size());
        out.put("outcome_events", events);
        out.put("fold_seconds", Report.round((folded - start) / 1e9, 2));
        out.put("moments_seconds", Report.round((summed - folded) / 1e9, 3));
        out.put("statistics_seconds", Report.round((built - summed) / 1e9, 3));
        out.put("report_seconds", Report.round((built - folded) / 1e9, 3));
        out.put("srm_p", Report.round(report.srm().pValue(), 4));
        out.put("winner", report.winner());
        out.put("verdict", report.verdict());
        out.put("heap_used_mb", Math.round(ProcessStats.heapUsedMb()));
        out.put("load_average", Report.loadAverage());
        Report.machine(out);
        System.out.println(Report.json(out));
    }

    private static Event event(String unit, long id, Instant at, int variant, SplittableRandom random) {
        EventType type = TYPES[random.nextInt(TYPES.length)];
        if (type != EventType.PURCHASE && random.nextDouble() < (variant == 1 ? 0.053 : 0.05)) {
            type = EventType.PURCHASE; // the planted effect
        }
        BigDecimal price = type == EventType.PURCHASE ? BigDecimal.valueOf(5 + random.nextInt(200)) : null;
        String placement = PLACEMENTS[random.nextInt(PLACEMENTS.length)];
        return new Event(EventId.of("b" + id), type, UserId.of(unit), null, ItemId.of("i" + random.nextInt(5_000)), at,
                1, price, price == null ? null : "EUR", null, Map.of("placement", placement), Map.of(), Map.of(), false);
    }

    static List<MetricDefinition> metrics() {
        List<MetricDefinition> m = new ArrayList<>();
        for (int days : new int[] {1, 3, 7, 14, 30}) {
            m.add(MetricDefinition.conversion(days));
        }
        m.add(MetricDefinition.revenuePerUser());
        m.add(MetricDefinition.ordersPerUser());
        m.add(MetricDefinition.averageOrderValue());
        m.add(MetricDefinition.clickThroughRate(null));
        for (String p : PLACEMENTS) {
            m.add(MetricDefinition.clickThroughRate(p));
        }
        m.add(MetricDefinition.refundsGuardrail());
        m.add(new MetricDefinition("add_to_cart_per_user", MetricDefinition.Type.MEAN,
                EventMeasure.count(EventType.ADD_TO_CART), null, 0, 1, true, false));
        m.add(new MetricDefinition("views_per_user", MetricDefinition.Type.MEAN, EventMeasure.count(EventType.VIEW),
                null, 0, 0.999, true, false));
        m.add(new MetricDefinition("add_to_cart_7d", MetricDefinition.Type.CONVERSION,
                EventMeasure.count(EventType.ADD_TO_CART), null, 7, 1, true, false));
        m.add(new MetricDefinition("revenue_7d", MetricDefinition.Type.MEAN, EventMeasure.amount(EventType.PURCHASE),
                null, 7, 0.99, true, false));
        m.add(new MetricDefinition("orders_7d", MetricDefinition.Type.MEAN, EventMeasure.count(EventType.PURCHASE),
                null, 7, 1, true, false));
        m.add(new MetricDefinition("coupons_redeemed", MetricDefinition.Type.MEAN,
                EventMeasure.count(EventType.COUPON_REDEEMED), null, 0, 1, true, false));
        m.add(new MetricDefinition("message_click_7d", MetricDefinition.Type.CONVERSION,
                EventMeasure.count(EventType.MESSAGE_CLICKED), null, 7, 1, true, false));
        return m;
    }
}
