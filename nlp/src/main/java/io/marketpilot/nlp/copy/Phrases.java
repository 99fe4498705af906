package io.marketpilot.nlp.copy;

import java.util.Map;

/** Fixed wording of the templates: aspect praise and attribute names, zh and en. */
final class Phrases {
    static final Map<String, String> ASPECT_ZH = Map.of("logistics", "发货快", "quality", "做工扎实", "price", "性价比高",
            "service", "服务贴心", "packaging", "包装用心", "size_fit", "尺码合身", "appearance", "颜值在线",
            "function", "功能实用", "taste", "口感好");
    static final Map<String, String> ASPECT_EN = Map.of("logistics", "fast delivery", "quality", "solid quality",
            "price", "great value", "service", "friendly service", "packaging", "careful packaging",
            "size_fit", "a true-to-size fit", "appearance", "good looks", "function", "practical features",
            "taste", "great taste");
    static final Map<String, String> ATTRIBUTE_ZH = Map.of("color", "颜色", "colour", "颜色", "size", "尺码",
            "material", "材质", "storage", "存储", "weight", "重量", "capacity", "容量", "model", "型号", "style", "款式");

    private Phrases() {}

    static String attributeName(String key, boolean english) {
        if (english) {
            return key.replace('_', ' ');
        }
        return ATTRIBUTE_ZH.getOrDefault(key.toLowerCase(java.util.Locale.ROOT), key);
    }
}
