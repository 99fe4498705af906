package io.marketpilot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPipelineTest {
    private final TextPipeline pipeline = new TextPipeline(200);

    @Test
    void normalisesFullWidthTraditionalHtmlEmojiAndBom() {
        Normalized n = pipeline.normalize("\uFEFF<p>質量&amp;物流 都很好！</p>  ＡＢＣ１２３ 👍🏻😀\t\n");
        assertThat(n.text()).isEqualTo("质量&物流 都很好! ABC123");
        assertThat(n.emojis()).containsExactly("👍🏻😀");
        assertThat(n.truncated()).isFalse();
    }

    @Test
    void keepsTextThatOnlyLooksLikeMarkup() {
        assertThat(pipeline.normalize("I <3 it, 3 < 5 & 6 > 2").text()).isEqualTo("I <3 it, 3 < 5 & 6 > 2");
        assertThat(pipeline.normalize("<script>alert(1)</script>ok &#x4F60;&#22909;").text()).isEqualTo("ok 你好");
    }

    @Test
    void segmentsChineseAndDropsStopWords() {
        AnalyzedText a = pipeline.analyze("物流很快，質量也不錯，这个手机我很喜欢！");
        assertThat(a.language()).isEqualTo(Language.ZH);
        assertThat(a.content()).contains("物流", "质量", "手机", "喜欢").doesNotContain("这个", "的", "我", ",");
        assertThat(a.keywords()).isNotEmpty();
        assertThat(a.keywords().get(0).score()).isPositive();
    }

    @Test
    void detectsLanguages() {
        LanguageDetector d = new LanguageDetector();
        assertThat(d.detect("这个iPhone很好用")).isEqualTo(Language.ZH);
        assertThat(d.detect("The delivery was fast and the quality is great")).isEqualTo(Language.EN);
        assertThat(d.detect("quality 很好 but delivery 太慢")).isEqualTo(Language.MIXED);
        assertThat(d.detect("12345 !!! 👍")).isEqualTo(Language.UNKNOWN);
        assertThat(d.detect("")).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void englishIsLowerCasedAndStopWordsGo() {
        AnalyzedText a = pipeline.analyze("The Battery life is GREAT and the screen is bright");
        assertThat(a.language()).isEqualTo(Language.EN);
        assertThat(a.content()).contains("battery", "great", "screen", "bright").doesNotContain("the", "is", "and");
    }

    @Test
    void hugeInputIsTruncatedWithANotice() {
        AnalyzedText a = pipeline.analyze("很好".repeat(10_000));
        assertThat(a.normalized().truncated()).isTrue();
        assertThat(a.text().length()).isLessThanOrEqualTo(200);
        assertThat(a.notices()).anyMatch(s -> s.contains("truncated") && s.contains("20000"));
    }

    @Test
    void emptyAndNullGiveAnEmptyResult() {
        for (String s : new String[] {null, "", "   ", "<br/>", "😀😀"}) {
            AnalyzedText a = pipeline.analyze(s);
            assertThat(a.tokens()).isEmpty();
            assertThat(a.language()).isEqualTo(Language.UNKNOWN);
            assertThat(a.notices()).anyMatch(n -> n.contains("no text"));
        }
    }
}
