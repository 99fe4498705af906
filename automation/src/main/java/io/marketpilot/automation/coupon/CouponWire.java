package io.marketpilot.automation.coupon;

import java.util.LinkedHashMap;
import java.util.Map;

/** Coupon values in their wire form (JSON-like maps): what the API returns and the state store keeps. */
public final class CouponWire {
    private CouponWire() {}

    /** The definition as {@link CouponDefinitionParser} reads it back. */
    public static Map<String, Object> definition(CouponDefinition d) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", d.id().value());
        w.put("name", d.name());
        Map<String, Object> discount = new LinkedHashMap<>();
        discount.put("type", d.discount().kind());
        switch (d.discount()) {
            case Discount.Percent p -> discount.put("percent", p.percent());
            case Discount.Amount a -> discount.put("amount", a.amount());
            case Discount.FreeShipping f -> { }
        }
        if (!(d.discount() instanceof Discount.Amount)) {
            d.discount().maxValue().ifPresent(c -> discount.put("cap", c));
        }
        w.put("discount", discount);
        w.put("currency", d.currency());
        w.put("min_spend", d.minSpend());
        w.put("valid_from", d.validFrom().toString());
        w.put("valid_until", d.validUntil().toString());
        w.put("per_customer_limit", d.perCustomerLimit());
        switch (d.budget()) {
            case Budget.Count c -> w.put("budget", Map.of("codes", c.codes()));
            case Budget.Money m -> w.put("budget", Map.of("amount", m.amount()));
            case Budget.Unlimited u -> { }
        }
        w.put("eligible_categories", d.eligibleCategories().stream().sorted().toList());
        return w;
    }

    public static Map<String, Object> issued(IssuedCoupon c) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("code", c.code().value());
        w.put("display", c.code().display());
        w.put("coupon_id", c.coupon().value());
        w.put("customer", c.customer().value());
        w.put("issued_at", c.issuedAt().toString());
        w.put("reserved", c.reserved());
        w.put("redeemed", c.redeemed());
        c.redemption().ifPresent(r -> {
            w.put("order_key", r.orderKey());
            w.put("redeemed_at", r.at().toString());
            w.put("discount", r.discount());
        });
        return w;
    }

    public static Map<String, Object> usage(CouponUsage u) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("issued", u.issued());
        w.put("reserved", u.reserved());
        w.put("redeemed", u.redeemed());
        w.put("discount_given", u.discountGiven());
        return w;
    }
}
