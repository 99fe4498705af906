package io.marketpilot.automation.coupon;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A coupon's discount as a short text for a customer, in their language ({@code zh} or else English): "15% off,
 * up to ¥200" / "8.5折，最高减¥200", "¥20 off orders over ¥100" / "满¥100减¥20", "free shipping" / "包邮".
 * Journeys put it in the {@code coupon_text} template variable.
 */
public final class DiscountText {
    private DiscountText() {
    }

    /** The text of {@code d}'s discount for a customer whose locale is {@code locale} (e.g. "zh-CN"; null = en). */
    public static String of(CouponDefinition d, String locale) {
        boolean zh = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("zh");
        Optional<String> over = d.minSpend().signum() > 0 ? Optional.of(money(d.minSpend(), d.currency()))
                : Optional.empty();
        return switch (d.discount()) {
            case Discount.Percent p -> {
                String cap = p.cap().map(c -> money(c, d.currency())).orElse(null);
                if (zh) {
                    String off = plain(BigDecimal.valueOf(100 - p.percent()).movePointLeft(1)) + "折";
                    yield over.map(o -> "满" + o + "享").orElse("") + off + (cap == null ? "" : "，最高减" + cap);
                }
                yield p.percent() + "% off" + over.map(o -> " orders over " + o).orElse("")
                        + (cap == null ? "" : ", up to " + cap);
            }
            case Discount.Amount a -> zh
                    ? over.map(o -> "满" + o + "减").orElse("立减") + money(a.amount(), d.currency())
                    : money(a.amount(), d.currency()) + " off" + over.map(o -> " orders over " + o).orElse("");
            case Discount.FreeShipping f -> zh ? over.map(o -> "满" + o).orElse("") + "包邮"
                    : "free shipping" + over.map(o -> " on orders over " + o).orElse("");
        };
    }

    private static String money(BigDecimal amount, String currency) {
        String code = currency == null ? "" : currency.toUpperCase(Locale.ROOT);
        String symbol = switch (code) {
            case "CNY", "JPY" -> "¥";
            case "EUR" -> "€";
            case "USD" -> "$";
            case "GBP" -> "£";
            case "" -> "";
            default -> code + " ";
        };
        return symbol + plain(amount);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
