package io.marketpilot.features.profile;

import java.time.LocalDate;

/**
 * A profile's purchases as the computed attributes read them. An order is a purchase day in the shop's zone;
 * {@code firstOrderValue} is that first day's value, so repeat-order value = revenue − firstOrderValue.
 */
public record PurchaseHistory(int orders, LocalDate firstOrder, LocalDate lastOrder, double firstOrderValue,
                              double revenue, double refunds, int lines, int discountedLines, double unitPriceSum) {
    public static final PurchaseHistory NONE = new PurchaseHistory(0, null, null, 0, 0, 0, 0, 0, 0);

    /** Revenue net of refunds. */
    public double netRevenue() {
        return revenue - refunds;
    }

    public int repeatOrders() {
        return Math.max(0, orders - 1);
    }
}
