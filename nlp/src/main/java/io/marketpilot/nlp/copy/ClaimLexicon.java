package io.marketpilot.nlp.copy;

import java.util.List;

/**
 * Attribute words copy must not use unless the item's data does: colours, materials, features and promises, in zh
 * and en. Latin words match as whole words only ("red" not in "tired").
 */
final class ClaimLexicon {
    static final List<String> CLAIMS = List.of(
            // colours
            "black", "white", "red", "blue", "green", "pink", "gold", "silver", "grey", "gray", "purple", "yellow",
            "orange", "brown", "beige", "黑色", "白色", "红色", "蓝色", "绿色", "粉色", "金色", "银色", "灰色", "紫色", "黄色",
            "橙色", "棕色", "米色",
            // materials
            "cotton", "leather", "silk", "wool", "cashmere", "stainless steel", "solid wood", "bamboo", "linen", "ceramic",
            "glass", "titanium", "aluminium", "aluminum", "纯棉", "真皮", "皮革", "丝绸", "羊毛", "羊绒", "不锈钢", "实木",
            "竹", "亚麻", "陶瓷", "玻璃", "钛", "铝合金", "羽绒",
            // features
            "waterproof", "water-resistant", "wireless", "bluetooth", "5g", "4k", "organic", "handmade", "imported",
            "limited edition", "noise cancelling", "noise-cancelling", "vegan", "gluten-free", "sugar-free", "防水",
            "无线", "蓝牙", "有机", "手工", "进口", "限量", "降噪", "无糖", "快充",
            // promises
            "free shipping", "free delivery", "free gift", "warranty", "guarantee", "discount", "% off", "on sale",
            "包邮", "赠品", "保修", "质保", "折扣", "打折", "特价", "正品", "官方");

    private ClaimLexicon() {}

    /** Whether {@code text} (lower case) contains {@code word}, as a whole word when it starts or ends in Latin. */
    static boolean mentions(String text, String word) {
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return false;
            }
            int end = i + word.length();
            boolean left = !latin(word.charAt(0)) || i == 0 || !latin(text.charAt(i - 1));
            boolean right = !latin(word.charAt(word.length() - 1)) || end == text.length() || !latin(text.charAt(end));
            if (left && right) {
                return true;
            }
            from = i + 1;
        }
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
