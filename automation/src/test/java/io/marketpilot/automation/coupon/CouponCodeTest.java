package io.marketpilot.automation.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CouponCodeTest {
    @Test
    void theSameSeedGivesTheSameCodes() {
        assertThat(CouponCode.random(new SplittableRandom(7))).isEqualTo(CouponCode.random(new SplittableRandom(7)));
        assertThat(CouponCode.random(new SplittableRandom(7))).isNotEqualTo(CouponCode.random(new SplittableRandom(8)));
    }

    @Test
    void codesAvoidLookAlikesAndReadBackAsTyped() {
        SplittableRandom r = new SplittableRandom(1);
        Set<CouponCode> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            CouponCode c = CouponCode.random(r);
            assertThat(c.value()).hasSize(13).doesNotContain("0", "O", "1", "I", "L", "U", "V");
            assertThat(CouponCode.parse(c.display().toLowerCase())).contains(c);
            seen.add(c);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theCheckCharacterCatchesEverySingleTypoAndNeighbourSwap() {
        SplittableRandom r = new SplittableRandom(2);
        for (int n = 0; n < 300; n++) {
            String code = CouponCode.random(r).value();
            for (int i = 0; i < code.length(); i++) {
                for (char x : CouponCode.ALPHABET.toCharArray()) {
                    if (x != code.charAt(i)) {
                        String typo = code.substring(0, i) + x + code.substring(i + 1);
                        assertThat(CouponCode.parse(typo)).as(typo).isEmpty();
                    }
                }
                if (i + 1 < code.length() && code.charAt(i) != code.charAt(i + 1)) {
                    String swap = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    assertThat(CouponCode.parse(swap)).as(swap).isEmpty();
                }
            }
        }
    }

    @Test
    void rejectsWrongLengthAndForeignCharacters() {
        assertThat(CouponCode.parse("ABC")).isEmpty();
        assertThat(CouponCode.parse("0000000000000")).isEmpty();
        assertThat(CouponCode.parse(null)).isEmpty();
    }
}
