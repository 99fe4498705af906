package io.marketpilot.bench;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.id.EventId;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.id.UserId;
import io.marketpilot.features.attribute.AttributeContext;
import io.marketpilot.features.attribute.ShopFit;
import io.marketpilot.features.attribute.ShopFitter;
import io.marketpilot.features.clv.BgNbdModel;
import io.marketpilot.features.clv.GammaGammaModel;
import io.marketpilot.features.clv.PurchaseSummary;
import io.marketpilot.features.profile.ItemFacts;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.ProfileReducer;
import io.marketpilot.features.profile.TraitMergePolicy;
import io.marketpilot.features.profile.Vocabulary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BG/NBD and Gamma-Gamma fitted on UCI Online Retail through the product's own path (purchase events → profiles →
 * shop refit), checked on a calibration/holdout split: for each calibration frequency bucket, the mean purchase days
 * predicted for the holdout against those observed; and holdout revenue predicted (CLV without discounting) vs actual.
 */
public final class ClvFitBench {
    private static final String USAGE = """
            bench/clv-fit [--data ../shared/data/uci-online-retail] [--split 2011-09-09] [--end 2011-12-10] [--help]
              Fits on purchases before --split (calibration), predicts purchase days in [--split, --end) (holdout).
            """;

    private ClvFitBench() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args, Set.of("data", "split", "end"), Set.of("help"));
        if (a.flag("help")) {
            System.out.print(USAGE);
            return;
        }
        Path data = a.path("data", Path.of("../shared/data/uci-online-retail"));
        LocalDate split = LocalDate.parse(a.text("split", "2011-09-09"));
        LocalDate end = LocalDate.parse(a.text("end", "2011-12-10"));
        if (!a.problems().isEmpty()) {
            a.problems().forEach(p -> System.err.println("clv-fit: " + p));
            System.err.print(USAGE);
            System.exit(2);
        }
        Instant splitAt = split.atStartOfDay(UciPurchases.LONDON).toInstant();
        Instant endAt = end.atStartOfDay(UciPurchases.LONDON).toInstant();
        var lines = UciPurchases.read(data);
        ProfileConfig config = new ProfileConfig(UciPurchases.LONDON, Duration.ofMinutes(30), Duration.ofDays(30),
                TraitMergePolicy.DEFAULT);
        Vocabulary vocabulary = Vocabulary.create();
        ProfileReducer reducer = new ProfileReducer(config, vocabulary, ItemFacts.NONE);
        Map<String, Profile> calibration = new HashMap<>();
        Map<String, Set<LocalDate>> holdoutDays = new HashMap<>();
        Map<String, Double> holdoutRevenue = new HashMap<>();
        long t0 = System.nanoTime();
        int n = 0;
        for (var l : lines) {
            if (l.at().isBefore(splitAt)) {
                Event e = new Event(EventId.of("uci-" + n++), EventType.PURCHASE, UserId.of(l.customer()), null,
                        ItemId.of(l.stockCode()), l.at(), l.quantity(), BigDecimal.valueOf(l.unitPrice()), "GBP", null,
                        Map.of(), Map.of(), Map.of(), false);
                calibration.compute(l.customer(), (k, p) -> reducer.apply(p == null ? Profile.empty(k) : p, e));
            } else if (l.at().isBefore(endAt)) {
                holdoutDays.computeIfAbsent(l.customer(), k -> new HashSet<>()).add(l.at().atZone(UciPurchases.LONDON).toLocalDate());
                holdoutRevenue.merge(l.customer(), l.quantity() * l.unitPrice(), Double::sum);
            }
        }
        long t1 = System.nanoTime();
        Clock atSplit = Clock.fixed(splitAt, UciPurchases.LONDON);
        ShopFit fit = new ShopFitter(atSplit, UciPurchases.LONDON, new ShopFit.ClvSettings(365, 0), "bench")
                .fit(calibration.values());
        long t2 = System.nanoTime();
        BgNbdModel bg = fit.bgNbd().orElseThrow(() -> new IllegalStateException("BG/NBD not fitted: " + fit.notes()));
        GammaGammaModel gg = fit.gammaGamma().orElseThrow(() -> new IllegalStateException("Gamma-Gamma not fitted: " + fit.notes()));
        AttributeContext ctx = new AttributeContext(splitAt, vocabulary, config, fit);
        double holdout = java.time.temporal.ChronoUnit.DAYS.between(split, end);
        int buckets = 8;
        long[] customers = new long[buckets];
        double[] actual = new double[buckets];
        double[] predicted = new double[buckets];
        double revenueActual = 0;
        double revenuePredicted = 0;
        double absError = 0;
        for (Profile p : calibration.values()) {
            PurchaseSummary s = ctx.summary(p);
            int b = Math.min(buckets - 1, s.x());
            double pred = bg.expectedPurchases(s, holdout);
            int act = holdoutDays.getOrDefault(p.key(), Set.of()).size();
            customers[b]++;
            actual[b] += act;
            predicted[b] += pred;
            absError += Math.abs(pred - act);
            revenueActual += holdoutRevenue.getOrDefault(p.key(), 0.0);
            revenuePredicted += pred * gg.expectedOrderValue(s);
        }
        Map<String, Object> report = Report.object();
        report.put("benchmark", "clv-fit");
        report.put("dataset", "uci-online-retail");
        report.put("calibration", "[" + lines.get(0).at().atZone(UciPurchases.LONDON).toLocalDate() + ", " + split + ")");
        report.put("holdout", "[" + split + ", " + end + ") = " + (long) holdout + " days");
        report.put("purchase_lines", lines.size());
        report.put("calibration_customers", calibration.size());
        Map<String, Object> bgJson = Report.object();
        bgJson.put("r", Report.round(bg.r(), 4));
        bgJson.put("alpha", Report.round(bg.alpha(), 3));
        bgJson.put("a", Report.round(bg.a(), 6));
        bgJson.put("b", Report.round(bg.b(), 1));
        bgJson.put("log_likelihood", Report.round(bg.logLikelihood(), 1));
        report.put("bg_nbd", bgJson);
        Map<String, Object> ggJson = Report.object();
        ggJson.put("p", Report.round(gg.p(), 4));
        ggJson.put("q", Report.round(gg.q(), 4));
        ggJson.put("gamma", Report.round(gg.gamma(), 3));
        ggJson.put("customers", gg.customers());
        report.put("gamma_gamma", ggJson);
        report.put("fold_ms", Report.ms(t1 - t0));
        report.put("fit_ms", Report.ms(t2 - t1));
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        double totalA = 0;
        double totalP = 0;
        for (int b = 0; b < buckets; b++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("calibration_repeat_purchases", b == buckets - 1 ? (buckets - 1) + "+" : String.valueOf(b));
            row.put("customers", customers[b]);
            row.put("actual_mean", customers[b] == 0 ? 0 : Report.round(actual[b] / customers[b], 3));
            row.put("predicted_mean", customers[b] == 0 ? 0 : Report.round(predicted[b] / customers[b], 3));
            rows.add(row);
            totalA += actual[b];
            totalP += predicted[b];
        }
        report.put("holdout_by_frequency", rows);
        report.put("holdout_purchase_days_actual", (long) totalA);
        report.put("holdout_purchase_days_predicted", Report.round(totalP, 1));
        report.put("holdout_total_error_pct", Report.round(100 * (totalP - totalA) / totalA, 2));
        report.put("holdout_mae_per_customer", Report.round(absError / calibration.size(), 3));
        report.put("holdout_revenue_actual", Math.round(revenueActual));
        report.put("holdout_revenue_predicted", Math.round(revenuePredicted));
        Report.machine(report);
        System.out.println(Report.json(report));
    }
}
