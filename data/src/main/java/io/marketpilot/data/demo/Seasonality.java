package io.marketpilot.data.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When people shop. The window is cut into 24-hour slices from its start; each slice takes its
 * calendar meaning (weekday, festival) from its local (UTC+8) date at mid-slice. Demand per slice
 * = weekday factor × festival demand × a slight upward trend × noise; within a slice, hours
 * follow a local-time profile with an evening peak (20–22h, i.e. 12–14h UTC).
 */
final class Seasonality {

    static final ZoneOffset SHOP_ZONE = ZoneOffset.ofHours(8);
    static final double[] WEEKDAY_FACTOR = {0.93, 0.90, 0.92, 0.95, 1.03, 1.25, 1.22};
    static final double[] HOUR_WEIGHTS = {0.9, 0.5, 0.3, 0.2, 0.15, 0.2, 0.4, 0.8, 1.2, 1.5, 1.7,
        1.8, 2.0, 1.9, 1.7, 1.6, 1.6, 1.7, 2.0, 2.5, 3.0, 3.2, 2.8, 1.8};
    /** Share of sessions at a customer's own peak hour (± 1 h) rather than the global profile. */
    static final double PERSONAL_HOUR_SHARE = 0.4;

    private final long windowStart;
    private final LocalDate[] dates;
    private final double[] demand;
    private final Promotion[] promotions;
    private final WeightedSampler hours;

    Seasonality(DemoShopConfig cfg) {
        Dice dice = Dice.forStage(cfg.seed(), 4);
        this.windowStart = cfg.start().getEpochSecond();
        int days = cfg.days();
        dates = new LocalDate[days];
        demand = new double[days];
        promotions = new Promotion[days];
        for (int d = 0; d < days; d++) {
            long mid = sliceStart(d) + 43_200;
            dates[d] = LocalDate.ofEpochDay(Math.floorDiv(mid + SHOP_ZONE.getTotalSeconds(), 86_400L));
            promotions[d] = Promotion.on(dates[d]);
            double festival = promotions[d] == null ? 1.0 : promotions[d].demandOn(dates[d]);
            double trend = 1.0 + 0.1 * d / Math.max(1, days - 1);
            demand[d] = WEEKDAY_FACTOR[dates[d].getDayOfWeek().getValue() - 1] * festival * trend
                    * dice.logNormal(1.0, 0.05);
        }
        int[] hourValues = new int[24];
        for (int h = 0; h < 24; h++) {
            hourValues[h] = h;
        }
        hours = new WeightedSampler(hourValues, HOUR_WEIGHTS);
    }

    int days() {
        return dates.length;
    }

    long sliceStart(int day) {
        return windowStart + 86_400L * day;
    }

    LocalDate date(int day) {
        return dates[day];
    }

    double demand(int day) {
        return demand[day];
    }

    boolean weekend(int day) {
        DayOfWeek dow = dates[day].getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Price reduction on that day (0 outside festivals). */
    double discount(int day) {
        return promotions[day] == null ? 0 : promotions[day].discount();
    }

    /** Festival key for {@code context.holiday}, or {@code null}. */
    String holiday(int day) {
        return promotions[day] == null ? null : promotions[day].key();
    }

    /** Splits {@code events} over the days in proportion to demand (largest remainder; sums exactly). */
    int[] quotas(int events) {
        double total = 0;
        for (double w : demand) {
            total += w;
        }
        int[] quota = new int[demand.length];
        double[] remainder = new double[demand.length];
        long assigned = 0;
        for (int d = 0; d < demand.length; d++) {
            double exact = events * demand[d] / total;
            quota[d] = (int) exact;
            remainder[d] = exact - quota[d];
            assigned += quota[d];
        }
        Integer[] order = new Integer[demand.length];
        for (int d = 0; d < order.length; d++) {
            order[d] = d;
        }
        java.util.Arrays.sort(order, (a, b) -> remainder[a] != remainder[b]
                ? Double.compare(remainder[b], remainder[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < events; k = (k + 1) % order.length, assigned++) {
            quota[order[k]]++;
        }
        return quota;
    }

    /**
     * A start time in slice {@code day} such that a session lasting {@code duration} seconds
     * still ends inside the slice; the local hour follows the customer's peak or the profile.
     */
    long startWithin(int day, int peakHour, long duration, Dice dice) {
        int localHour = dice.chance(PERSONAL_HOUR_SHARE)
                ? Math.floorMod(peakHour + dice.between(-1, 1), 24) : hours.draw(dice);
        long slice = sliceStart(day);
        long sliceLocal = Math.floorMod(slice + SHOP_ZONE.getTotalSeconds(), 86_400L);
        long wanted = localHour * 3_600L + dice.index(3_600);
        long offset = Math.floorMod(wanted - sliceLocal, 86_400L);
        long latest = Math.max(0, 86_399 - duration);
        return slice + Math.min(offset, latest);
    }
}
