package io.marketpilot.features.attribute;

import io.marketpilot.features.clv.BgNbdModel;
import io.marketpilot.features.clv.GammaGammaModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shop-wide statistics from the last refit: RFM quintile cut points (recency in days, orders, net revenue), price band
 * cut points (tertiles of customers' mean unit price), the fitted BG/NBD and Gamma-Gamma models when the shop has
 * enough buyers, the CLV settings, and why a model is missing.
 */
public record ShopFit(Instant fittedAt, int buyers, Quintiles recency, Quintiles frequency, Quintiles monetary,
                      double[] priceBands, Optional<BgNbdModel> bgNbd, Optional<GammaGammaModel> gammaGamma,
                      ClvSettings clv, List<String> notes) {
    /** CLV horizon in days and monthly discount rate (configuration {@code profiles.clv}). */
    public record ClvSettings(int horizonDays, double monthlyDiscount) {
        public static final ClvSettings DEFAULT = new ClvSettings(365, 0.01);
    }

    public static ShopFit none(Instant at) {
        return new ShopFit(at, 0, Quintiles.NONE, Quintiles.NONE, Quintiles.NONE, new double[0], Optional.empty(),
                Optional.empty(), ClvSettings.DEFAULT, List.of("not fitted yet"));
    }

    public ShopFit {
        notes = List.copyOf(notes);
    }
}
