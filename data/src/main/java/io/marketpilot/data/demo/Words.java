package io.marketpilot.data.demo;

import java.util.List;

/** Vocabulary for customers, item attributes and descriptions that is not tied to a department. */
final class Words {

    static final List<String> ZH_SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵",
            "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁");
    static final List<String> ZH_GIVEN_FEMALE = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟",
            "秀英", "婷", "雪", "欣怡", "梓涵", "雨桐", "佳琪", "晓燕", "慧");
    static final List<String> ZH_GIVEN_MALE = List.of("伟", "强", "磊", "军", "洋", "勇", "杰",
            "涛", "明", "超", "浩然", "子轩", "宇航", "俊杰", "建华", "志强");
    static final List<String> EN_FIRST_FEMALE = List.of("Emma", "Olivia", "Sophia", "Grace",
            "Chloe", "Lily", "Hannah", "Mia", "Zoe", "Ava", "Ella", "Ruby");
    static final List<String> EN_FIRST_MALE = List.of("James", "Liam", "Noah", "Ethan", "Lucas",
            "Oliver", "Daniel", "Henry", "Jack", "Leo", "Samuel", "Owen");
    static final List<String> EN_LAST = List.of("Smith", "Brown", "Wilson", "Taylor", "Clarke",
            "Walker", "Wright", "Evans", "Turner", "Hughes", "Lee", "Wong", "Chen", "Murphy");

    /** Cities with their relative share of customers. */
    static final List<String> CITIES = List.of("Shanghai", "Beijing", "Shenzhen", "Guangzhou",
            "Hangzhou", "Chengdu", "Wuhan", "Nanjing", "Xi'an", "Chongqing", "Suzhou", "Tianjin",
            "Changsha", "Xiamen", "Qingdao", "Kunming");
    static final double[] CITY_WEIGHTS = {14, 13, 11, 10, 8, 7, 6, 6, 5, 5, 4, 4, 3, 3, 3, 2};

    static final List<Term> COLORS = Term.all("Black|黑色", "White|白色", "Grey|灰色", "Navy|藏青色",
            "Red|红色", "Pink|粉色", "Beige|米色", "Green|绿色", "Blue|蓝色", "Silver|银色");

    static final List<String> TAGS = List.of("new_arrival", "free_shipping", "gift_idea",
            "eco_friendly", "imported", "limited", "official_store", "member_price");

    static final List<String> FEATURES = List.of("everyday reliability", "great value for money",
            "a thoughtful design", "premium materials", "easy care", "a compact footprint",
            "its long service life", "a comfortable feel", "its safety certifications",
            "a clean modern look");

    /** English search phrasings; {@code %s} is a noun, brand or category. */
    static final List<String> EN_QUERIES = List.of("%s", "%s", "best %s", "cheap %s", "%s sale",
            "%s 2026", "%s deal");
    /** Chinese search phrasings. */
    static final List<String> ZH_QUERIES = List.of("%s", "%s", "%s推荐", "%s便宜", "%s优惠",
            "%s新款", "%s正品");

    private Words() {
    }
}
