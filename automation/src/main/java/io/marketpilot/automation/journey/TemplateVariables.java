package io.marketpilot.automation.journey;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} tokens of journey texts and of Mustache templates: which a text names, which {@code data.*}
 * values a template requires, and filling them in.
 */
public final class TemplateVariables {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([#^/&{]?)\\s*([A-Za-z0-9_.]+)\\s*}?}}");

    private TemplateVariables() {}

    /** Every variable a text names with {@code {{name}}}, in order of appearance. */
    public static Set<String> named(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    /**
     * The {@code data.*} values (without the prefix) a Mustache template cannot render without: those named
     * outside any section (inside {@code {{#data.x}}…{{/data.x}}} a value is optional).
     */
    public static Set<String> requiredData(String mustacheSource) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(mustacheSource);
        int depth = 0;
        while (m.find()) {
            switch (m.group(1)) {
                case "#", "^" -> depth++;
                case "/" -> depth = Math.max(0, depth - 1);
                default -> {
                    if (depth == 0 && m.group(2).startsWith("data.")) {
                        out.add(m.group(2).substring(5));
                    }
                }
            }
        }
        return out;
    }

    /**
     * For a catalogue: per template name, the {@code data.*} values any of its locales requires, from sources keyed
     * {@code name.locale} (as {@code EmailTemplates} keys them, e.g. {@code coupon.zh}).
     */
    public static Map<String, Set<String>> requiredDataByTemplate(Map<String, String> sourcesByKey) {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        sourcesByKey.forEach((key, source) -> {
            String name = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            out.computeIfAbsent(name, k -> new java.util.TreeSet<>()).addAll(requiredData(source));
        });
        return out;
    }

    /** The text with each {@code {{name}}} that {@code values} knows replaced; unknown ones are left as written. */
    public static String fill(String text, Function<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = m.group(1).isEmpty() ? values.apply(m.group(2)) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Fills every value of a map. */
    static Map<String, String> fill(Map<String, String> texts, Function<String, String> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        texts.forEach((k, v) -> out.put(k, fill(v, values)));
        return out;
    }
}
