package io.marketpilot.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text pipeline, the entry of this package: normalise → detect the language → segment → drop stop words and
 * punctuation → rank keywords. Thread-safe; total over strings (null, empty, huge, garbage all give a result).
 *
 * <pre>{@code
 * AnalyzedText a = new TextPipeline(TextPipeline.DEFAULT_MAX_CODE_POINTS).analyze("物流很快，質量不錯！👍");
 * a.language();   // ZH
 * a.content();    // [物流, 很快, 质量, 不错]
 * }</pre>
 */
public final class TextPipeline {
    /** Default limit: longer texts are cut and the result says so. */
    public static final int DEFAULT_MAX_CODE_POINTS = 5_000;
    private static final int KEYWORDS = 8;

    private final TextNormalizer normalizer;
    private final LanguageDetector languages = new LanguageDetector();
    private final Segmenter segmenter = new Segmenter();
    private final StopWords stopWords = StopWords.bundled();
    private final KeywordRanker keywords = new KeywordRanker();

    public TextPipeline(int maxCodePoints) {
        this.normalizer = new TextNormalizer(maxCodePoints);
    }

    public AnalyzedText analyze(String input) {
        Normalized normalized = normalizer.normalize(input);
        List<String> notices = new ArrayList<>();
        if (normalized.truncated()) {
            notices.add("text truncated to its first " + normalized.text().codePointCount(0, normalized.text().length())
                    + " of " + normalized.originalLength() + " characters");
        }
        if (normalized.text().isEmpty()) {
            notices.add("no text left to analyse after normalisation");
        }
        List<Token> tokens = segmenter.segment(normalized.text());
        List<String> content = new ArrayList<>();
        for (Token t : tokens) {
            if (isContent(t)) {
                content.add(t.word());
            }
        }
        return new AnalyzedText(normalized, languages.detect(normalized.text()), tokens, content,
                keywords.rank(content, KEYWORDS), notices);
    }

    /** The normaliser alone (encoders and classifiers see normalised text). */
    public Normalized normalize(String input) {
        return normalizer.normalize(input);
    }

    private boolean isContent(Token t) {
        if (t.pos().startsWith("w") || stopWords.contains(t.word())) {
            return false;
        }
        return t.word().codePoints().anyMatch(Character::isLetter);
    }
}
