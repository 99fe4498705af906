package io.marketpilot.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Review wording and how ratings follow hidden item quality. */
class DemoReviewTextsTest {

    @Test
    void thereAreAtLeastTwentyTemplatesPerLanguageAndPolarityEachNamingTheProduct() {
        for (List<String> pool : List.of(ReviewTexts.EN_POSITIVE, ReviewTexts.EN_NEGATIVE,
                ReviewTexts.ZH_POSITIVE, ReviewTexts.ZH_NEGATIVE)) {
            assertThat(pool).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(t).contains("{n}"));
        }
    }

    @Test
    void writesTheNounInTheReviewersLanguage() {
        Term noun = Term.of("Wireless Earbuds|无线蓝牙耳机");
        Dice dice = new Dice(1);

        assertThat(ReviewTexts.write(true, 5, noun, dice)).contains("无线蓝牙耳机");
        assertThat(ReviewTexts.write(false, 1, noun, dice)).contains("wireless earbuds");
    }

    @Test
    void betterItemsGetBetterRatingsAndPoorOnesAMostlyNegativeTail() {
        FollowUps followUps = new FollowUps(null, List.of(), null, new Counters(), new Dice(3));

        double good = IntStream.range(0, 5_000).map(i -> followUps.rating(0.85)).average().orElseThrow();
        double poor = IntStream.range(0, 5_000).map(i -> followUps.rating(0.3)).average().orElseThrow();
        long poorNegative = IntStream.range(0, 5_000).filter(i -> followUps.rating(0.3) <= 2).count();

        assertThat(good).isGreaterThan(4.3);
        assertThat(poor).isLessThan(2.8);
        assertThat(poorNegative).isGreaterThan(2_500);
    }
}
