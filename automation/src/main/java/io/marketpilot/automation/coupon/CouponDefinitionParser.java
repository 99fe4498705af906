package io.marketpilot.automation.coupon;

import io.marketpilot.core.validation.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a coupon definition from its wire form (JSON-like map, see docs/api.md) and reports every problem at once
 * with its field path; nothing is returned unless all of it is valid.
 */
public final class CouponDefinitionParser {
    private CouponDefinitionParser() {}

    /** The definition, or {@link InvalidCouponException} listing every problem. */
    public static CouponDefinition parse(Map<String, ?> wire) {
        List<FieldError> errors = new ArrayList<>();
        Object rawId = wire.get("id");
        CouponId id = null;
        if (rawId instanceof String s && CouponId.valid(s)) {
            id = new CouponId(s);
        } else {
            errors.add(new FieldError("id", "1-64 characters of a-z, 0-9, '-' and '_'", FieldError.describe(rawId)));
        }
        String name = wire.get("name") instanceof String s ? s : null;
        Discount discount = discount(wire.get("discount"), errors);
        String currency = wire.get("currency") instanceof String s && s.matches("[A-Z]{3}") ? s : null;
        if (currency == null) {
            errors.add(new FieldError("currency", "an ISO 4217 code such as EUR", FieldError.describe(wire.get("currency"))));
        }
        BigDecimal minSpend = wire.containsKey("min_spend") ? money(wire.get("min_spend"), "min_spend", true, errors) : null;
        Instant from = instant(wire.get("valid_from"), "valid_from", errors);
        Instant until = instant(wire.get("valid_until"), "valid_until", errors);
        if (from != null && until != null && !until.isAfter(from)) {
            errors.add(new FieldError("valid_until", "an instant after valid_from (" + from + ")", until.toString()));
        }
        int limit = 1;
        if (wire.containsKey("per_customer_limit")) {
            Object l = wire.get("per_customer_limit");
            if (l instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 1 && n.longValue() <= 1_000) {
                limit = n.intValue();
            } else {
                errors.add(new FieldError("per_customer_limit", "a whole number 1-1000", FieldError.describe(l)));
            }
        }
        Budget budget = budget(wire.get("budget"), errors);
        if (budget instanceof Budget.Money && discount != null && discount.maxValue().isEmpty()) {
            errors.add(new FieldError("discount.cap", "a cap on each redemption, because the budget is money",
                    "nothing"));
        }
        Set<String> categories = categories(wire.get("eligible_categories"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidCouponException(errors);
        }
        return new CouponDefinition(id, name, discount, currency, minSpend, from, until, limit, budget, categories);
    }

    private static Discount discount(Object raw, List<FieldError> errors) {
        if (!(raw instanceof Map<?, ?> d)) {
            errors.add(new FieldError("discount", "an object with type percent, amount or free_shipping",
                    FieldError.describe(raw)));
            return null;
        }
        Optional<BigDecimal> cap = d.containsKey("cap")
                ? Optional.ofNullable(money(d.get("cap"), "discount.cap", false, errors)) : Optional.empty();
        Object type = d.get("type");
        if ("percent".equals(type)) {
            Object p = d.get("percent");
            if (p instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 1 && n.intValue() <= 100) {
                return new Discount.Percent(n.intValue(), cap);
            }
            errors.add(new FieldError("discount.percent", "a whole number 1-100", FieldError.describe(p)));
            return null;
        }
        if ("amount".equals(type)) {
            BigDecimal amount = money(d.get("amount"), "discount.amount", false, errors);
            return amount == null ? null : new Discount.Amount(amount);
        }
        if ("free_shipping".equals(type)) {
            return new Discount.FreeShipping(cap);
        }
        errors.add(new FieldError("discount.type", "percent, amount or free_shipping", FieldError.describe(type)));
        return null;
    }

    private static Budget budget(Object raw, List<FieldError> errors) {
        if (raw == null) {
            return Budget.UNLIMITED;
        }
        if (raw instanceof Map<?, ?> b && b.size() == 1) {
            if (b.get("codes") instanceof Number n && n.doubleValue() == n.longValue() && n.longValue() >= 1) {
                return new Budget.Count(n.longValue());
            }
            if (b.containsKey("amount")) {
                BigDecimal amount = money(b.get("amount"), "budget.amount", false, errors);
                return amount == null ? null : new Budget.Money(amount);
            }
            if (b.containsKey("codes")) {
                errors.add(new FieldError("budget.codes", "a whole number >= 1", FieldError.describe(b.get("codes"))));
                return null;
            }
        }
        errors.add(new FieldError("budget", "{\"codes\": N} or {\"amount\": X}, or no budget for unlimited",
                FieldError.describe(raw)));
        return null;
    }

    private static Set<String> categories(Object raw, List<FieldError> errors) {
        if (raw == null) {
            return Set.of();
        }
        if (!(raw instanceof List<?> list)) {
            errors.add(new FieldError("eligible_categories", "an array of category paths", FieldError.describe(raw)));
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s && !s.isBlank()) {
                out.add(s.strip());
            } else {
                errors.add(new FieldError("eligible_categories[" + i + "]", "a category path such as \"Shoes > Running\"",
                        FieldError.describe(list.get(i))));
            }
        }
        return out;
    }

    static BigDecimal money(Object raw, String field, boolean zeroAllowed, List<FieldError> errors) {
        BigDecimal v = null;
        if (raw instanceof Number n) {
            v = new BigDecimal(n.toString());
        } else if (raw instanceof String s) {
            try {
                v = new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                v = null;
            }
        }
        if (v == null || v.signum() < 0 || (!zeroAllowed && v.signum() == 0) || v.scale() > 4) {
            errors.add(new FieldError(field, zeroAllowed ? "a number >= 0" : "a number > 0", FieldError.describe(raw)));
            return null;
        }
        return v;
    }

    private static Instant instant(Object raw, String field, List<FieldError> errors) {
        if (raw instanceof String s) {
            try {
                return Instant.parse(s.strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, "an ISO-8601 UTC instant such as 2026-06-01T00:00:00Z", FieldError.describe(raw)));
        return null;
    }
}
