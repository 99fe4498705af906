package io.marketpilot.nlp.aspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a review into clauses: at sentence and clause punctuation (Chinese and Latin), line breaks, and before
 * contrast words (但是, 不过, 可是, 就是, but, however), since opinions on different aspects sit on either side of them.
 */
public final class Clauses {
    private static final Pattern PUNCTUATION = Pattern.compile("[。！？!?；;，,、\\n\\r…~～]+|\\.(?=\\s|$)|\\s+-\\s+");
    private static final Pattern CONTRAST = Pattern.compile("(?=但是|不过|可是|然而|\\bbut\\b|\\bhowever\\b)",
        Pattern.CASE_INSENSITIVE);
    private static final int MAX_CLAUSES = 64;

    private Clauses() {}

    /** Non-blank clauses in order (at most 64; a longer review keeps its first 64). */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : PUNCTUATION.split(text.replace("\uFEFF", ""))) {
            for (String clause : CONTRAST.split(part)) {
                String c = clause.strip();
                if (!c.isEmpty() && c.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(c);
                    if (out.size() == MAX_CLAUSES) {
                        return out;
                    }
                }
            }
        }
        return out;
    }
}
