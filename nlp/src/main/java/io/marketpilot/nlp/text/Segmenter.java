package io.marketpilot.nlp.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word segmentation with HanLP's dictionary/HMM (Viterbi) segmenter — the perceptron and CRF models are not in
 * the portable jar. Latin words come out whole and lower-cased. Should HanLP fail on some odd input, the text is
 * split per character instead, so segmentation never throws.
 */
public final class Segmenter {

    public List<Token> segment(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            Segment segment = HanLP.newSegment().enableCustomDictionary(false);
            List<Token> out = new ArrayList<>();
            for (Term t : segment.seg(text)) {
                String word = t.word.strip();
                if (!word.isEmpty()) {
                    out.add(new Token(lower(word), t.nature == null ? "x" : t.nature.toString()));
                }
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return perCharacter(text);
        }
    }

    private static String lower(String word) {
        return word.chars().anyMatch(c -> c < 128) ? word.toLowerCase(Locale.ROOT) : word;
    }

    private static List<Token> perCharacter(String text) {
        List<Token> out = new ArrayList<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp))
                .forEach(cp -> out.add(new Token(new String(Character.toChars(cp)), "x")));
        return out;
    }
}
