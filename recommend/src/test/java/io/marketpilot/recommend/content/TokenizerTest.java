package io.marketpilot.recommend.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer stemming = new Tokenizer(true);

    @Test
    void englishIsLowerCasedSplitOnPunctuationAndPluralsAreStripped() {
        assertThat(stemming.tokens("SET OF 3 Cake-Tins, Boxes & Candies; glass a"))
            .containsExactly("set", "of", "cake", "tin", "box", "candy", "glass");
        assertThat(new Tokenizer(false).tokens("Cake Tins")).containsExactly("cake", "tins");
    }

    @Test
    void chineseRunsBecomeCharacterBigramsAndMixWithLatinWords() {
        assertThat(stemming.tokens("蓝牙耳机")).containsExactly("蓝牙", "牙耳", "耳机");
        assertThat(stemming.tokens("iPhone手机壳 黑")).containsExactly("iphone", "手机", "机壳", "黑");
        assertThat(stemming.tokens("運動鞋，男款")).containsExactly("運動", "動鞋", "男款");
    }

    @Test
    void fullWidthFormsAreFoldedAndNullIsEmpty() {
        assertThat(stemming.tokens("ＡＢＣ　１２３")).containsExactly("abc", "123");
        assertThat(stemming.tokens(null)).isEmpty();
        assertThat(stemming.tokens("  -- ")).isEmpty();
    }

    @Test
    void theStemmerLeavesShortAndSingularWordsAlone() {
        assertThat(Tokenizer.stem("bus")).isEqualTo("bus");
        assertThat(Tokenizer.stem("status")).isEqualTo("status");
        assertThat(Tokenizer.stem("classes")).isEqualTo("class");
        assertThat(Tokenizer.stem("matches")).isEqualTo("match");
        assertThat(Tokenizer.stem("lights")).isEqualTo("light");
    }
}
