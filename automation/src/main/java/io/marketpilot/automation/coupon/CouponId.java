package io.marketpilot.automation.coupon;

import java.util.regex.Pattern;

/** A coupon definition's id, chosen by the shop, e.g. {@code winback-10}: a-z, 0-9, '-' and '_'. */
public record CouponId(String value) {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public CouponId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("a coupon id is 1-64 characters of a-z, 0-9, '-' and '_'");
        }
    }

    public static boolean valid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
