package io.marketpilot.nlp.copy;

import io.marketpilot.core.catalog.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Copy from templates: every sentence is built from one item fact and appears only when the item has that fact
 * (no price → no price sentence; not sellable → no stock sentence), so the text cannot state what the item lacks.
 * Variants differ in opening, sentence order and wording, chosen by the label's index and the seed.
 */
public final class TemplateCopywriter {
    private static final int MAX_ATTRIBUTES = 4;
    private static final int MAX_ASPECTS = 3;

    public List<CopyVariant> write(CopyRequest request) {
        List<CopyVariant> out = new ArrayList<>();
        for (int v = 0; v < request.variants(); v++) {
            out.add(variant(request, v));
        }
        return out;
    }

    CopyVariant variant(CopyRequest r, int v) {
        Item item = r.item();
        boolean en = r.english();
        Random random = new Random(r.seed() * 1_000_003L + v);
        String name = en ? item.title("en") : item.title("zh");
        List<String> facts = new ArrayList<>(List.of("title"));
        List<String> sentences = new ArrayList<>();
        String category = item.category().isEmpty() ? null : item.category().get(item.category().size() - 1);
        sentences.add(opening(en, name, category, v, facts));
        String brand = item.brand();
        if (brand != null && !name.toLowerCase(Locale.ROOT).contains(brand.toLowerCase(Locale.ROOT))) {
            sentences.add(pick(random, en ? new String[] {"By " + item.brand() + ".", "From " + item.brand() + "."}
                    : new String[] {"来自" + item.brand() + "。", item.brand() + "出品。"}));
            facts.add("brand");
        }
        List<String> middle = new ArrayList<>();
        attributes(item, en, facts).ifPresent(middle::add);
        aspects(r, en, facts, random).ifPresent(middle::add);
        if (v % 2 == 1) {
            java.util.Collections.reverse(middle);
        }
        sentences.addAll(middle);
        if (item.price() != null) {
            String money = item.price().toPlainString() + (item.currency() == null ? "" : " " + item.currency());
            sentences.add(pick(random, en ? new String[] {"Now " + money + ".", "Yours for " + money + "."}
                    : new String[] {"现价 " + money + "。", "到手价 " + money + "。"}));
            facts.add("price");
        }
        if (item.sellable()) {
            boolean few = item.stock() != null && item.stock() <= 10;
            sentences.add(en ? (few ? "Only " + item.stock() + " left in stock." : "In stock now.")
                    : (few ? "库存仅剩 " + item.stock() + " 件。" : "现货供应。"));
            facts.add("stock");
        }
        if (r.kind() != CopyKind.DESCRIPTION) {
            sentences.add(pick(random, en ? new String[] {"Shop now!", "Take a look today.", "Find out more."}
                    : new String[] {"立即选购！", "快来看看吧！", "点击了解详情。"}));
        }
        String body = String.join(en ? " " : "", sentences);
        if (r.kind() == CopyKind.EMAIL) {
            body = (en ? "Hi there,\n\n" : "亲爱的顾客，您好！\n\n") + body + (en ? "\n\nBest wishes" : "\n\n祝购物愉快");
        }
        return new CopyVariant(label(v), headline(r, name, v), body, "template", facts);
    }

    private static String opening(boolean en, String name, String category, int v, List<String> facts) {
        if (category != null && v % 3 != 2) {
            facts.add("category");
        }
        return switch (v % 3) {
            case 0 -> category == null ? (en ? "Meet " + name + "." : "为你推荐" + name + "。")
                    : (en ? name + ": a pick from our " + category + " range." : name + "，" + category + "精选。");
            case 1 -> category == null ? (en ? "Introducing " + name + "." : "隆重介绍" + name + "。")
                    : (en ? "Looking for " + category + "? Try " + name + "." : "想入手" + category + "？看看" + name + "。");
            default -> en ? name + " is here." : name + "，现已上架。";
        };
    }

    private static java.util.Optional<String> attributes(Item item, boolean en, List<String> facts) {
        List<String> parts = new ArrayList<>();
        item.attributes().entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank()
                        && !(e.getValue() instanceof Map<?, ?>) && !(e.getValue() instanceof List<?>))
                .sorted(Map.Entry.comparingByKey()).limit(MAX_ATTRIBUTES).forEach(e -> {
                    parts.add(Phrases.attributeName(e.getKey(), en) + (en ? ": " : "：") + e.getValue());
                    facts.add("attribute:" + e.getKey());
                });
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(en ? "Details: " + String.join("; ", parts) + "." : "规格：" + String.join("，", parts) + "。");
    }

    private static java.util.Optional<String> aspects(CopyRequest r, boolean en, List<String> facts, Random random) {
        Map<String, String> words = en ? Phrases.ASPECT_EN : Phrases.ASPECT_ZH;
        List<AspectMention> good = r.aspects().stream()
                .filter(a -> a.polarity() == Polarity.POSITIVE && a.count() > 0 && words.containsKey(a.aspect()))
                .sorted(Comparator.comparingInt(AspectMention::count).reversed().thenComparing(AspectMention::aspect))
                .limit(MAX_ASPECTS).toList();
        if (good.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> said = good.stream().map(a -> words.get(a.aspect())).toList();
        good.forEach(a -> facts.add("aspect:" + a.aspect()));
        if (en) {
            String list = said.size() == 1 ? said.get(0) : String.join(", ", said.subList(0, said.size() - 1))
                    + " and " + said.get(said.size() - 1);
            return java.util.Optional.of(pick(random, new String[] {"Customers love its " + list + ".",
                "Reviewers praise its " + list + "."}));
        }
        String list = String.join("、", said);
        return java.util.Optional.of(pick(random, new String[] {"买家好评：" + list + "。", "顾客称赞它" + list + "。"}));
    }

    private static String headline(CopyRequest r, String name, int v) {
        boolean en = r.english();
        String brand = r.item().brand();
        boolean named = brand == null || name.toLowerCase(Locale.ROOT).contains(brand.toLowerCase(Locale.ROOT));
        String branded = named ? name : brand + " " + name;
        return switch (r.kind()) {
            case DESCRIPTION -> branded;
            case AD -> v % 2 == 0 ? branded : (en ? "Discover " + name : "发现" + name);
            case EMAIL -> en ? (v % 2 == 0 ? "Picked for you: " + name : name + " - have a look")
                    : (v % 2 == 0 ? "为你精选：" + name : "来看看" + name);
        };
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    static String label(int v) {
        return String.valueOf((char) ('A' + v));
    }
}
