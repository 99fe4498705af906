package io.marketpilot.data.demo;

import java.util.List;

/**
 * Review templates by language and polarity; {@code {n}} is replaced by the product noun. Ratings
 * 4–5 use the positive lists, 1–2 the negative ones, 3 the mixed ones.
 */
final class ReviewTexts {

    static final List<String> EN_POSITIVE = List.of(
            "Love this {n}, works perfectly!", "Great {n}, exactly as described.",
            "Excellent quality {n}, would buy again.", "The {n} arrived fast and looks amazing.",
            "Best {n} I have owned so far.", "Very happy with this {n}, highly recommend.",
            "Solid {n} for the price, five stars.", "My family loves the {n}.",
            "The {n} feels premium and well made.", "Bought the {n} as a gift and they loved it.",
            "Fantastic {n}, better than expected.", "This {n} is worth every yuan.",
            "Super comfortable and easy to use {n}.", "Second time buying this {n}, still great.",
            "Well packaged, the {n} is flawless.", "Impressive {n}, quality is top notch.",
            "The {n} does exactly what I needed.", "Stylish {n}, I get compliments all the time.",
            "Reliable {n}, no complaints at all.", "Really good {n}, delivery was quick too.",
            "Perfect {n} for daily use.", "Great value {n}, I am very satisfied.");
    static final List<String> EN_NEGATIVE = List.of(
            "The {n} broke after a week.", "Poor quality {n}, very disappointed.",
            "The {n} looks nothing like the photos.", "Would not buy this {n} again.",
            "Cheap materials, the {n} feels flimsy.", "The {n} stopped working after two days.",
            "Terrible {n}, asked for a refund.", "Waste of money, the {n} is useless.",
            "The {n} arrived damaged.", "Not worth the price, the {n} is mediocre at best.",
            "The {n} smells strange and feels cheap.", "Sizing is off and the {n} is uncomfortable.",
            "The {n} is much smaller than described.", "Very unhappy with this {n}.",
            "The {n} has obvious defects.", "Customer service ignored my {n} complaint.",
            "The {n} fell apart quickly.", "Disappointing {n}, returned it.",
            "The {n} does not work as advertised.", "Avoid this {n}, awful quality.",
            "The {n} was used and dirty when it arrived.", "Bad {n}, one star is too many.");
    static final List<String> EN_MIXED = List.of("The {n} is okay, nothing special.",
            "Average {n}, does the job.", "The {n} is fine but delivery was slow.",
            "Decent {n}, a bit overpriced.", "The {n} is acceptable for daily use.",
            "Mixed feelings about this {n}.", "The {n} works, but the packaging was poor.",
            "Not bad, not great, just an ordinary {n}.");

    static final List<String> ZH_POSITIVE = List.of(
            "这款{n}非常好用，强烈推荐！", "{n}质量很好，和描述一致。", "物流很快，{n}做工精细。",
            "第二次买这个{n}了，依然满意。", "{n}性价比超高，值得购买。", "家人都很喜欢这个{n}。",
            "{n}颜值很高，用起来很舒服。", "送朋友的{n}，朋友很喜欢。", "{n}包装完好，质量不错。",
            "非常满意的一次购物，{n}超出预期。", "{n}手感很好，质感高级。", "好评！{n}用了一周没有任何问题。",
            "{n}正品，客服态度也很好。", "这个价格买到这样的{n}太值了。", "{n}很实用，每天都在用。",
            "{n}效果明显，会回购的。", "卖家发货快，{n}品质好。", "{n}设计很贴心，细节到位。",
            "五星好评，{n}完美。", "{n}比实体店便宜，质量一样好。", "很喜欢这款{n}，推荐购买。",
            "{n}超级棒，已经推荐给同事了。");
    static final List<String> ZH_NEGATIVE = List.of(
            "{n}用了一周就坏了。", "{n}质量太差了，很失望。", "{n}和图片完全不一样。",
            "不会再买这个{n}了。", "{n}做工粗糙，材料很廉价。", "{n}两天就不能用了。",
            "{n}太差了，已经申请退款。", "浪费钱，{n}根本没法用。", "收到的{n}是坏的。",
            "{n}不值这个价，很一般。", "{n}有异味，感觉很廉价。", "{n}尺寸不对，用着不舒服。",
            "{n}比描述的小很多。", "对这个{n}非常不满意。", "{n}有明显瑕疵。", "{n}出了问题客服不理人。",
            "{n}很快就散架了。", "失望的{n}，已经退货。", "{n}效果和宣传的不符。",
            "千万别买这个{n}，质量太差。", "{n}收到时又脏又旧。", "差评，{n}一星都嫌多。");
    static final List<String> ZH_MIXED = List.of("{n}还行，没什么特别的。", "{n}一般般，能用。",
            "{n}还可以，就是物流有点慢。", "{n}凑合，价格有点贵。", "{n}日常用用可以。",
            "对这个{n}感觉一般。", "{n}能用，但包装很差。", "普通的{n}，中规中矩。");

    static List<String> templates(boolean chinese, int rating) {
        if (rating >= 4) {
            return chinese ? ZH_POSITIVE : EN_POSITIVE;
        }
        if (rating <= 2) {
            return chinese ? ZH_NEGATIVE : EN_NEGATIVE;
        }
        return chinese ? ZH_MIXED : EN_MIXED;
    }

    /** A review text for the given rating in the reviewer's language about {@code noun}. */
    static String write(boolean chinese, int rating, Term noun, Dice dice) {
        List<String> pool = templates(chinese, rating);
        String name = chinese ? noun.zh() : noun.enMidSentence();
        return pool.get(dice.index(pool.size())).replace("{n}", name);
    }

    private ReviewTexts() {
    }
}
