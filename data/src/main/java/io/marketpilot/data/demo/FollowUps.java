package io.marketpilot.data.demo;

import java.util.List;
import java.util.function.Consumer;

/**
 * Events that follow a purchase by days: refunds (~3%, twice as often for poor items as for good ones) after 1–10 days and
 * reviews (~5%) after 2–12 days, whose rating tracks the item's hidden quality and whose text is
 * in the reviewer's language with matching polarity. Each gets its own session.
 */
final class FollowUps {

    static final double REFUND_RATE = 0.03;
    /** Refund probability = REFUND_RATE × (REFUND_BASE − REFUND_SLOPE × quality). */
    static final double REFUND_BASE = 2.2;
    static final double REFUND_SLOPE = 1.6;
    static final double REVIEW_RATE = 0.05;
    /** Spread of a buyer's experience around the item's quality. */
    static final double EXPERIENCE_NOISE = 0.25;
    /** Experience at or above {@code RATING_THRESHOLDS[k]} earns {@code 5 − k} stars; below all, 1. */
    static final double[] RATING_THRESHOLDS = {0.7, 0.5, 0.4, 0.25};

    private final Catalogue catalogue;
    private final List<Customer> customers;
    private final Seasonality seasonality;
    private final Counters counters;
    private final Dice dice;

    FollowUps(Catalogue catalogue, List<Customer> customers, Seasonality seasonality, Counters counters, Dice dice) {
        this.catalogue = catalogue;
        this.customers = customers;
        this.seasonality = seasonality;
        this.counters = counters;
        this.dice = dice;
    }

    /** Schedules the follow-ups of the purchases among {@code written} that fall inside the window. */
    void schedule(List<DemoEvent> written, Consumer<DemoEvent> pending) {
        for (DemoEvent e : written) {
            if (e.type() != DemoEventType.PURCHASE) {
                continue;
            }
            Item item = catalogue.get(e.item());
            Customer c = customers.get(e.user());
            int day = (int) ((e.timestamp() - seasonality.sliceStart(0)) / 86_400L);
            if (dice.chance(REFUND_RATE * (REFUND_BASE - REFUND_SLOPE * item.quality()))) {
                int later = day + dice.between(1, 10);
                if (later < seasonality.days()) {
                    pending.accept(new DemoEvent(seasonality.startWithin(later, c.peakHour(), 0, dice),
                            counters.seq(), DemoEventType.REFUND, e.user(), e.item(), e.quantity(), e.price(),
                            counters.session(), e.channel(), e.device(), e.order(), null, 0, null,
                            seasonality.holiday(later)));
                }
            }
            if (dice.chance(REVIEW_RATE)) {
                int later = day + dice.between(2, 12);
                if (later < seasonality.days()) {
                    int rating = rating(item.quality());
                    String text = ReviewTexts.write(c.chinese(), rating, item.nounTerm(), dice);
                    pending.accept(new DemoEvent(seasonality.startWithin(later, c.peakHour(), 0, dice),
                            counters.seq(), DemoEventType.REVIEW, e.user(), e.item(), 0, -1,
                            counters.session(), e.channel(), e.device(), -1, null, rating, text,
                            seasonality.holiday(later)));
                }
            }
        }
    }

    /** J-shaped like real shops: mostly 4–5 stars, a tail of 1–2 that grows as quality falls. */
    int rating(double quality) {
        double experience = quality + EXPERIENCE_NOISE * dice.gaussian();
        for (int k = 0; k < RATING_THRESHOLDS.length; k++) {
            if (experience >= RATING_THRESHOLDS[k]) {
                return 5 - k;
            }
        }
        return 1;
    }
}
