package io.marketpilot.nlp.text;

/**
 * Tells Chinese from English by script: each Han character counts 1, each run of Latin letters (a word) 1.5,
 * about the characters a Chinese word has. A share of at least 70 % makes the text that language, anything
 * between is {@link Language#MIXED}; text without Han or Latin letters (digits, emoji, other scripts) is
 * {@link Language#UNKNOWN}. A brand name in a Chinese sentence ("这个iPhone很好用") stays Chinese.
 */
public final class LanguageDetector {
    private static final double WORD_WEIGHT = 1.5;
    private static final double DOMINANT = 0.7;

    public Language detect(String text) {
        if (text == null || text.isEmpty()) {
            return Language.UNKNOWN;
        }
        long han = 0;
        long latinWords = 0;
        long other = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean latin = script == Character.UnicodeScript.LATIN && Character.isLetter(cp);
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (!latin && Character.isLetter(cp)) {
                other++;
            }
        }
        double zh = han;
        double en = latinWords * WORD_WEIGHT;
        if (zh + en == 0 || other > zh + en) {
            return Language.UNKNOWN;
        }
        double share = zh / (zh + en);
        return share >= DOMINANT ? Language.ZH : share <= 1 - DOMINANT ? Language.EN : Language.MIXED;
    }
}
