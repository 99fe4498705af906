package io.marketpilot.automation.coupon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of coupon: what it gives ({@link Discount}), when (validity window, {@code validUntil} exclusive), to
 * whom (at most {@code perCustomerLimit} codes per customer), how much in total ({@link Budget}), on what
 * (minimum spend; eligible category paths, empty = everything; a category matches itself and its sub-paths).
 */
public record CouponDefinition(CouponId id, String name, Discount discount, String currency, BigDecimal minSpend,
                               Instant validFrom, Instant validUntil, int perCustomerLimit, Budget budget,
                               Set<String> eligibleCategories) {
    public CouponDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(budget, "budget");
        minSpend = minSpend == null ? BigDecimal.ZERO : minSpend;
        eligibleCategories = Set.copyOf(eligibleCategories == null ? Set.of() : eligibleCategories);
        name = name == null ? id.value() : name;
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /** Whether an item in {@code categoryPath} (segments joined by " > ") may be discounted. */
    public boolean eligible(String categoryPath) {
        if (eligibleCategories.isEmpty()) {
            return true;
        }
        if (categoryPath == null) {
            return false;
        }
        for (String c : eligibleCategories) {
            if (categoryPath.equals(c) || categoryPath.startsWith(c + " > ")) {
                return true;
            }
        }
        return false;
    }

    /** What one issued code reserves against a money budget. */
    public BigDecimal reservation() {
        return budget instanceof Budget.Money ? discount.maxValue().orElseThrow() : BigDecimal.ZERO;
    }
}
