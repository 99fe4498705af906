package io.marketpilot.features.attribute;

import io.marketpilot.features.clv.PurchaseSummary;
import io.marketpilot.features.profile.Profile;
import io.marketpilot.features.profile.ProfileConfig;
import io.marketpilot.features.profile.PurchaseHistory;
import io.marketpilot.features.profile.Vocabulary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What attributes are evaluated against: now, the shop's vocabulary and profile settings, and the last shop fit. */
public record AttributeContext(Instant now, Vocabulary vocabulary, ProfileConfig config, ShopFit fit) {

    public LocalDate today() {
        return now.atZone(config.zone()).toLocalDate();
    }

    /** The profile as buy-till-you-die models see it (null before the first purchase). */
    public PurchaseSummary summary(Profile p) {
        return summary(p.purchases(), today());
    }

    static PurchaseSummary summary(PurchaseHistory h, LocalDate end) {
        if (h.orders() == 0) {
            return null;
        }
        int x = h.repeatOrders();
        double tx = ChronoUnit.DAYS.between(h.firstOrder(), h.lastOrder());
        double age = Math.max(tx, ChronoUnit.DAYS.between(h.firstOrder(), end));
        if (x > 0 && tx <= 0) {
            tx = 1; // purchase days merged from several identities may share a calendar day
            age = Math.max(age, 1);
        }
        double repeatValue = x == 0 ? 0 : Math.max(0, (h.revenue() - h.firstOrderValue()) / x);
        return new PurchaseSummary(x, tx, age, repeatValue);
    }
}
