package io.marketpilot.features.attribute;

import io.marketpilot.features.clv.BgNbdTrainer;
import io.marketpilot.features.clv.GammaGammaTrainer;
import io.marketpilot.features.clv.PurchaseSummary;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.PurchaseHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The periodic refit: one pass over every profile collects the buyers' recency, frequency, monetary value, mean unit
 * price and purchase summary, then cut points are taken and BG/NBD and Gamma-Gamma fitted on the shop's own customers.
 */
public final class ShopFitter {
    private final Clock clock;
    private final ZoneId zone;
    private final ShopFit.ClvSettings clv;
    private final String codeVersion;

    public ShopFitter(Clock clock, ZoneId zone, ShopFit.ClvSettings clv, String codeVersion) {
        this.clock = clock;
        this.zone = zone;
        this.clv = clv;
        this.codeVersion = codeVersion;
    }

    public ShopFit fit(Iterable<Profile> profiles) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<PurchaseSummary> summaries = new ArrayList<>();
        double[] recency = new double[16];
        double[] frequency = new double[16];
        double[] monetary = new double[16];
        double[] unitPrice = new double[16];
        int n = 0;
        for (Profile p : profiles) {
            PurchaseHistory h = p.purchases();
            if (h.orders() == 0) {
                continue;
            }
            if (n == recency.length) {
                recency = Arrays.copyOf(recency, n * 2);
                frequency = Arrays.copyOf(frequency, n * 2);
                monetary = Arrays.copyOf(monetary, n * 2);
                unitPrice = Arrays.copyOf(unitPrice, n * 2);
            }
            recency[n] = ChronoUnit.DAYS.between(h.lastOrder(), today);
            frequency[n] = h.orders();
            monetary[n] = h.netRevenue();
            unitPrice[n] = h.lines() == 0 ? 0 : h.unitPriceSum() / h.lines();
            summaries.add(AttributeContext.summary(h, today));
            n++;
        }
        List<String> notes = new ArrayList<>();
        Optional<io.marketpilot.features.clv.BgNbdModel> bg = Optional.empty();
        Optional<io.marketpilot.features.clv.GammaGammaModel> gg = Optional.empty();
        try {
            bg = Optional.of(new BgNbdTrainer(clock, codeVersion).train(summaries));
        } catch (IllegalArgumentException e) {
            notes.add("bg-nbd not fitted: " + e.getMessage());
        }
        try {
            gg = Optional.of(new GammaGammaTrainer(clock, codeVersion).train(summaries));
        } catch (IllegalArgumentException e) {
            notes.add("gamma-gamma not fitted: " + e.getMessage());
        }
        // recency: fewer days is better, so score the negated days
        double[] negRecency = Arrays.stream(Arrays.copyOf(recency, n)).map(d -> -d).toArray();
        return new ShopFit(clock.instant(), n, Quintiles.of(negRecency), Quintiles.of(Arrays.copyOf(frequency, n)),
                Quintiles.of(Arrays.copyOf(monetary, n)), tertiles(Arrays.copyOf(unitPrice, n)), bg, gg, clv, notes);
    }

    private static double[] tertiles(double[] values) {
        if (values.length == 0) {
            return new double[0];
        }
        double[] s = values.clone();
        Arrays.sort(s);
        return new double[] {s[s.length / 3], s[Math.min(s.length - 1, 2 * s.length / 3)]};
    }
}
