package io.marketpilot.features.clv;

/**
 * One customer as buy-till-you-die models see them: {@code x} repeat purchases (purchase days after the first),
 * {@code tx} days from the first to the last purchase, {@code age} (T) days from the first purchase to the end of
 * the observation, and the mean value of the repeat purchases (0 when x = 0).
 */
public record PurchaseSummary(int x, double tx, double age, double meanRepeatValue) {
    public PurchaseSummary {
        if (x < 0 || tx < 0 || age < tx || (x > 0 && tx <= 0) || !(meanRepeatValue >= 0)) {
            throw new IllegalArgumentException("inconsistent purchase summary: x=%d tx=%s T=%s value=%s (need x >= 0, "
                    .formatted(x, tx, age, meanRepeatValue) + "0 <= tx <= T, tx > 0 when x > 0, value >= 0)");
        }
    }
}
