package io.marketpilot.nlp.text;

import java.util.List;

/**
 * What the pipeline made of a text: the normalised form, its language, every token, the tokens left after
 * stop words and punctuation ({@code content}), ranked keywords, and notices (e.g. that the text was truncated).
 */
public record AnalyzedText(Normalized normalized, Language language, List<Token> tokens, List<String> content,
                           List<Keyword> keywords, List<String> notices) {
    public AnalyzedText {
        tokens = List.copyOf(tokens);
        content = List.copyOf(content);
        keywords = List.copyOf(keywords);
        notices = List.copyOf(notices);
    }

    public String text() {
        return normalized.text();
    }
}
