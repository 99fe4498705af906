package io.marketpilot.data.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A recurring shopping festival (local dates, any year): demand ramps linearly from
 * {@code demandFrom} on the first day to {@code demandTo} on the last, prices drop by
 * {@code discount}.
 *
 * @param key wire name, written to {@code context.holiday} of events on those days
 */
record Promotion(String key, MonthDay from, MonthDay to, double demandFrom, double demandTo, double discount) {

    static final List<Promotion> CALENDAR = List.of(
            new Promotion("618", MonthDay.of(6, 1), MonthDay.of(6, 18), 1.3, 2.0, 0.12),
            new Promotion("golden_week", MonthDay.of(10, 1), MonthDay.of(10, 7), 1.6, 1.4, 0.10),
            new Promotion("double11_presale", MonthDay.of(10, 20), MonthDay.of(11, 10), 1.5, 2.6, 0.15),
            new Promotion("double11", MonthDay.of(11, 11), MonthDay.of(11, 11), 3.5, 3.5, 0.25),
            new Promotion("double12", MonthDay.of(12, 12), MonthDay.of(12, 12), 2.0, 2.0, 0.15));

    boolean covers(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return !day.isBefore(from) && !day.isAfter(to);
    }

    double demandOn(LocalDate date) {
        int length = to.atYear(date.getYear()).getDayOfYear() - from.atYear(date.getYear()).getDayOfYear();
        if (length <= 0) {
            return demandFrom;
        }
        int into = date.getDayOfYear() - from.atYear(date.getYear()).getDayOfYear();
        return demandFrom + (demandTo - demandFrom) * into / length;
    }

    /** The promotion running on {@code date}, or {@code null}. */
    static Promotion on(LocalDate date) {
        for (Promotion p : CALENDAR) {
            if (p.covers(date)) {
                return p;
            }
        }
        return null;
    }
}
