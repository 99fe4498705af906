package io.marketpilot.data.cleaning;

import static io.marketpilot.data.cleaning.WireMaps.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fullWidthLettersDigitsAndPunctuationBecomeAscii() {
        assertThat(TextNormalizer.normalize("ＳＫＵ－１２")).isEqualTo("SKU-12");
        assertThat(TextNormalizer.normalize("２０２６")).isEqualTo("2026");
        assertThat(TextNormalizer.normalize("（ｆｒｅｅ）！")).isEqualTo("(free)!");
    }

    @Test
    void invisibleCharactersAreRemoved() {
        assertThat(TextNormalizer.normalize("\uFEFFsku\u200B-1\u200D2\u2060")).isEqualTo("sku-12");
        assertThat(TextNormalizer.normalize("a\u0000b\u0007c")).isEqualTo("abc");
    }

    @Test
    void shortValuesAreTrimmedAndWhitespaceRunsCollapsed() {
        assertThat(TextNormalizer.normalize("  Red \t\n  Mug\u3000\u00A0")).isEqualTo("Red Mug");
        assertThat(TextNormalizer.normalize("\u3000\u3000")).isEmpty();
    }

    @Test
    void longTextKeepsItsLineBreaksButIsTrimmed() {
        String paragraph = "word ".repeat(60).strip();
        String text = "  " + paragraph + "\n\n" + paragraph + "  ";

        assertThat(TextNormalizer.normalize(text)).isEqualTo(paragraph + "\n\n" + paragraph);
    }

    @Test
    void cleanAsciiIsReturnedAsTheSameInstance() {
        String clean = "2026-03-01T10:15:00Z";
        assertThat(TextNormalizer.normalize(clean)).isSameAs(clean);
    }

    @Test
    void recordKeysAndNestedValuesAreNormalisedAndOtherValuesKept() {
        Map<String, Object> record = map("ｉｔｅｍ＿ｉｄ", " ＳＫＵ－１ ", "price", new BigDecimal("1.50"), "available", true,
                "context", map("ｄｅｖｉｃｅ", "iPhone\u200B"), "tags", List.of("ａ", "b"));

        assertThat(TextNormalizer.normalize(record)).isEqualTo(map("item_id", "SKU-1", "price", new BigDecimal("1.50"),
                "available", true, "context", map("device", "iPhone"), "tags", List.of("a", "b")));
    }

    @Test
    void unchangedRecordIsReturnedAsTheSameInstance() {
        Map<String, Object> record = map("type", "view", "context", map("device", "ios"), "tags", List.of("x"));
        assertThat(TextNormalizer.normalize(record)).isSameAs(record);
    }

    @Test
    void keysThatNormaliseAlikeKeepTheFirstValue() {
        assertThat(TextNormalizer.normalize(map("type", "view", "ｔｙｐｅ", "click"))).isEqualTo(map("type", "view"));
    }
}
