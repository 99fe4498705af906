package io.marketpilot.nlp.aspect;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that name an aspect (zh substrings, en whole words) and a few example clauses per aspect that embedding
 * similarity compares unseen clauses with. Ambiguous words are left out on purpose: 速度 (shipping or device speed)
 * only counts for logistics next to 发货/物流/快递, which those words already catch.
 */
final class AspectLexicon {
    private static final Map<Aspect, List<String>> ZH = new EnumMap<>(Aspect.class);
    private static final Map<Aspect, Pattern> EN = new EnumMap<>(Aspect.class);
    private static final Map<Aspect, List<String>> PROTOTYPES = new EnumMap<>(Aspect.class);

    static {
        zh(Aspect.LOGISTICS, "物流", "快递", "发货", "送货", "到货", "收到货", "配送", "送到", "送达", "邮寄", "顺丰", "圆通",
            "中通", "申通", "韵达", "京东配送", "派送", "运输", "运费", "邮费", "包邮");
        zh(Aspect.QUALITY, "质量", "品质", "做工", "材质", "面料", "质地", "正品", "假货", "假的", "耐用", "结实", "掉色", "褪色",
            "起球", "质感", "开线", "线头", "瑕疵", "次品", "劣质", "粗糙", "用料", "陈旧", "老旧", "简陋", "毛病", "坏的", "坏了",
            "手感", "薄", "霉味", "色素");
        zh(Aspect.PRICE, "价格", "价钱", "便宜", "太贵", "很贵", "有点贵", "性价比", "划算", "实惠", "价位", "降价", "优惠",
            "不值", "值这个价", "物美价廉", "贵了");
        zh(Aspect.SERVICE, "服务", "客服", "态度", "卖家", "售后", "前台", "服务员", "掌柜", "店家", "商家", "退货", "换货",
            "退款", "回复", "热情", "工作人员");
        zh(Aspect.PACKAGING, "包装", "盒子", "箱子", "纸箱", "泡沫", "包裹", "破损", "压坏", "封口", "漏了", "洒了", "外盒");
        zh(Aspect.SIZE_FIT, "尺码", "尺寸", "大小", "偏大", "偏小", "合身", "码数", "超小", "很小", "好小", "有点小", "瘦了", "肥", "大一码", "小一码", "正好", "太大", "太小",
            "紧", "宽松", "腰围", "长度", "短了", "长了");
        zh(Aspect.APPEARANCE, "外观", "好看", "漂亮", "颜色", "样子", "款式", "颜值", "外形", "难看", "丑", "时尚", "色差", "图片",
            "样式", "美观", "大方", "设计", "造型", "造形", "烤漆", "与图", "和图", "精美");
        zh(Aspect.FUNCTION, "功能", "性能", "电池", "待机", "屏幕", "运行", "系统", "死机", "卡顿", "很卡", "信号", "音质", "声音",
            "清晰", "充电", "开机", "反应", "效果", "好用", "不好用", "使用", "加热", "散热", "键盘", "摄像头", "拍照", "软件",
            "洗完", "去屑", "止痒", "控油", "头皮", "发质", "头发", "上网", "网速", "宽带", "像素", "配置",
            "显卡", "驱动", "兼容", "支持", "流畅", "热水", "吹风机", "跑分", "麻烦");
        zh(Aspect.TASTE, "口味", "味道", "好吃", "难吃", "口感", "甜", "酸", "新鲜", "味儿", "香甜", "苦", "涩", "水分", "多汁",
            "不新鲜", "烂了", "喝起来");
        en(Aspect.LOGISTICS, "shipping", "shipped", "delivery", "delivered", "arrived", "arrive", "shipment", "courier");
        en(Aspect.QUALITY, "quality", "durable", "sturdy", "flimsy", "broke", "broken", "cheaply", "cheap quality",
            "well made", "poorly made", "build", "material");
        en(Aspect.PRICE, "price", "priced", "cheap", "expensive", "value", "money", "worth", "cost", "bargain", "deal");
        en(Aspect.SERVICE, "service", "support", "seller", "customer service", "staff", "refund", "return", "returned",
            "replacement", "warranty");
        en(Aspect.PACKAGING, "package", "packaging", "packaged", "box", "wrapped");
        en(Aspect.SIZE_FIT, "size", "fit", "fits", "tight", "loose", "small", "large", "big", "snug");
        en(Aspect.APPEARANCE, "looks", "look", "color", "colour", "beautiful", "pretty", "design", "style", "stylish",
            "ugly", "sleek", "attractive");
        en(Aspect.FUNCTION, "works", "work", "worked", "working", "battery", "sound", "screen", "signal", "reception",
            "charger", "charge", "performance", "volume", "headset", "microphone", "mic", "calls", "function",
            "features", "buttons", "static", "echo");
        en(Aspect.TASTE, "taste", "tasty", "delicious", "flavor", "flavour", "fresh", "sweet", "sour", "bland");
        proto(Aspect.LOGISTICS, "快递很快，第二天就到了", "物流太慢了，等了一个星期", "发货速度快", "the shipping was fast");
        proto(Aspect.QUALITY, "质量很好，做工精细", "质量太差了，用了两天就坏了", "材质不错", "the quality is poor");
        proto(Aspect.PRICE, "价格便宜，性价比高", "太贵了，不值这个价", "很划算", "good value for the money");
        proto(Aspect.SERVICE, "客服态度很好", "卖家服务太差，不理人", "售后很负责", "customer service was helpful");
        proto(Aspect.PACKAGING, "包装很严实", "包装破了，盒子都压扁了", "包装精美", "the box was damaged");
        proto(Aspect.SIZE_FIT, "尺码合适，很合身", "衣服偏小，建议买大一码", "大小正好", "it fits perfectly");
        proto(Aspect.APPEARANCE, "样子很好看，颜色漂亮", "实物和图片不一样，很丑", "外观时尚", "it looks great");
        proto(Aspect.FUNCTION, "运行速度快，很好用", "电池不耐用，经常死机", "效果不错，用着舒服", "the battery works well");
        proto(Aspect.TASTE, "很好吃，很新鲜", "味道不好，有点酸", "口感很好", "it tastes delicious");
    }

    private AspectLexicon() {}

    private static void zh(Aspect a, String... words) {
        ZH.put(a, List.of(words));
    }

    private static void en(Aspect a, String... words) {
        EN.put(a, Pattern.compile("\\b(" + String.join("|", words) + ")\\b"));
    }

    private static void proto(Aspect a, String... clauses) {
        PROTOTYPES.put(a, List.of(clauses));
    }

    /** Aspects the clause names by a lexicon word. */
    static Set<Aspect> matches(String clause) {
        Set<Aspect> out = EnumSet.noneOf(Aspect.class);
        String lower = clause.toLowerCase(Locale.ROOT);
        for (Aspect a : Aspect.values()) {
            for (String w : ZH.get(a)) {
                if (lower.contains(w)) {
                    out.add(a);
                    break;
                }
            }
            if (!out.contains(a) && EN.get(a).matcher(lower).find()) {
                out.add(a);
            }
        }
        return out;
    }

    static Map<Aspect, List<String>> prototypes() {
        return PROTOTYPES;
    }
}
