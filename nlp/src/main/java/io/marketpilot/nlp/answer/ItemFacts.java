package io.marketpilot.nlp.answer;

import io.marketpilot.core.catalog.Item;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a product question from the item's own fields: which field the question asks about is found by cue
 * words (zh and en); the answer states only the value the item has. A question about a field the item lacks gets
 * no answer here (the caller hands off rather than guess).
 */
final class ItemFacts {
    private static final Map<String, List<String>> CUES = Map.of(
            "price", List.of("价格", "多少钱", "价钱", "几块", "售价", "price", "cost", "how much"),
            "stock", List.of("有货", "库存", "现货", "缺货", "还有吗", "in stock", "available", "stock", "sold out"),
            "brand", List.of("品牌", "牌子", "哪个厂", "brand", "who makes", "manufacturer"),
            "size", List.of("尺码", "尺寸", "多大", "size"),
            "color", List.of("颜色", "什么色", "color", "colour"),
            "material", List.of("材质", "面料", "材料", "什么做的", "material", "fabric", "made of"));
    private static final List<String> ORDER = List.of("price", "stock", "brand", "size", "color", "material");

    private ItemFacts() {}

    /** The field the question asks about, if any cue matches (first of price, stock, brand, size, color, material, then attribute keys). */
    static Optional<String> askedField(String question, Item item) {
        String q = question.toLowerCase(Locale.ROOT);
        for (String field : ORDER) {
            if (CUES.get(field).stream().anyMatch(q::contains)) {
                return Optional.of(field);
            }
        }
        return item.attributes().keySet().stream().filter(k -> k.length() >= 2 && q.contains(k.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The answer to {@code field} from the item, in Chinese unless {@code english}; empty if the item lacks it. */
    static Optional<String> answer(String field, Item item, boolean english) {
        String name = english ? item.title("en") : item.title("zh");
        return switch (field) {
            case "price" -> item.price() == null ? Optional.empty() : Optional.of(english
                    ? "The price of " + name + " is " + money(item) + "."
                    : name + " 的价格是 " + money(item) + "。");
            case "stock" -> Optional.of(stock(item, name, english));
            case "brand" -> item.brand() == null ? Optional.empty() : Optional.of(english
                    ? name + " is made by " + item.brand() + "." : name + " 的品牌是 " + item.brand() + "。");
            default -> attribute(item, field).map(v -> english ? "The " + field + " of " + name + ": " + v + "."
                    : name + " 的" + zhField(field) + "：" + v + "。");
        };
    }

    private static Optional<String> attribute(Item item, String field) {
        for (var e : item.attributes().entrySet()) {
            boolean same = e.getKey().equalsIgnoreCase(field) || (field.equals("color") && e.getKey().equalsIgnoreCase("colour"));
            if (same && e.getValue() != null && !e.getValue().toString().isBlank()) {
                return Optional.of(e.getValue().toString());
            }
        }
        return Optional.empty();
    }

    private static String stock(Item item, String name, boolean english) {
        if (!item.sellable()) {
            return english ? name + " is currently out of stock." : name + " 目前缺货。";
        }
        if (item.stock() == null) {
            return english ? name + " is in stock." : name + " 有货。";
        }
        return english ? name + " is in stock (" + item.stock() + " left)." : name + " 有货，库存 " + item.stock() + " 件。";
    }

    private static String money(Item item) {
        return item.price().toPlainString() + (item.currency() == null ? "" : " " + item.currency());
    }

    private static String zhField(String field) {
        return switch (field) {
            case "size" -> "尺码";
            case "color" -> "颜色";
            case "material" -> "材质";
            default -> field;
        };
    }
}
