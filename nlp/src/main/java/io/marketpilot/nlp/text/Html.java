package io.marketpilot.nlp.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips markup from shop text (reviews pasted from web pages, item descriptions) and decodes entities. */
final class Html {
    private static final Pattern BLOCKS = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENTS = Pattern.compile("(?s)<!--.*?-->");
    // a tag starts with a letter, '/' or '!': "a < b" and "<3" stay text
    private static final Pattern TAGS = Pattern.compile("<[A-Za-z/!][^<>]{0,2000}>");
    // inline tags vanish ("<b>小米</b>手机" is one phrase); others (p, br, li, div …) separate words
    private static final Pattern INLINE = Pattern.compile(
            "(?i)</?(b|i|u|em|strong|span|font|a|small|big|sub|sup|mark|s|strike|code)\\b[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "hellip", "…", "mdash", "—", "ndash", "–", "yen", "¥");

    private Html() {}

    static String strip(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        String out = BLOCKS.matcher(s).replaceAll(" ");
        out = COMMENTS.matcher(out).replaceAll(" ");
        out = INLINE.matcher(out).replaceAll("");
        return decodeEntities(stripTags(out));
    }

    /**
     * Removes tags until none is left: removing an inner tag can close up an outer one ("<x <p> >"), so one pass
     * would leave text that a second normalisation changes. Each pass removes at least one '<', so this ends.
     */
    static String stripTags(String s) {
        String out = s;
        while (out.indexOf('<') >= 0) {
            String next = TAGS.matcher(out).replaceAll(" ");
            if (next.equals(out)) {
                break;
            }
            out = next;
        }
        return out;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String body, String whole) {
        if (body.charAt(0) != '#') {
            return NAMED.getOrDefault(body.toLowerCase(java.util.Locale.ROOT), whole);
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(cp) && !Character.isSurrogate((char) Math.min(cp, 0xFFFF)) && cp != 0
                ? new String(Character.toChars(cp)) : " ";
    }
}
