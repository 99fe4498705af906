package io.marketpilot.recommend.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FpGrowthTest {
    @Test
    void anItemRepeatedInOneBasketCountsOnce() {
        int[] start = {0, 3, 5};
        int[] items = {1, 1, 2, 1, 2};

        FrequentItemsets sets = new FpGrowth(1, 2, 100).mine(3, start, items, f -> { });

        assertThat(sets.supportOf(1)).isEqualTo(2);
        assertThat(sets.supportOf(1, 2)).isEqualTo(2);
        assertThat(sets.supportOf(0)).isZero();
    }

    @Test
    void anItemOutsideTheCatalogueIsRejectedWithItsBasket() {
        assertThatThrownBy(() -> new FpGrowth(1, 2, 100).mine(3, new int[] {0, 1, 2}, new int[] {0, 7}, f -> { }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("basket 1 holds item 7, expected an index in [0, 3)");
    }

    @Test
    void tooManyItemsetsFailsWithAMessageSayingWhatToChange() {
        int[] start = {0, 10};
        int[] items = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

        assertThatThrownBy(() -> new FpGrowth(1, 3, 100).mine(10, start, items, f -> { }))
            .isInstanceOf(FpGrowth.TooManyItemsetsException.class)
            .hasMessageContaining("more than 100 frequent itemsets")
            .hasMessageContaining("raise the min support");
    }

    @Test
    void minesFourThousandItemsInTwentyThousandBaskets() {
        // Zipf-like popularity plus planted triples, as in a shop catalogue
        Random rnd = new Random(7);
        int n = 4000;
        int baskets = 20_000;
        int[] start = new int[baskets + 1];
        int[] items = new int[baskets * 12];
        int at = 0;
        for (int b = 0; b < baskets; b++) {
            int size = 2 + rnd.nextInt(8);
            for (int k = 0; k < size; k++) {
                items[at++] = (int) Math.min(n - 1, Math.floor(Math.pow(n, rnd.nextDouble())) - 1);
            }
            if (b % 10 == 0) {
                int t = 3 * rnd.nextInt(50);
                items[at++] = 1000 + t;
                items[at++] = 1001 + t;
                items[at++] = 1002 + t;
            }
            start[b + 1] = at;
        }
        double[] lastProgress = {0};

        FrequentItemsets sets = new FpGrowth(20, 3, 1_000_000).mine(n, start, java.util.Arrays.copyOf(items, at),
            f -> lastProgress[0] = f);

        assertThat(sets.size()).isGreaterThan(1000);
        assertThat(sets.supportOf(1000, 1001, 1002)).isGreaterThanOrEqualTo(20);
        assertThat(lastProgress[0]).isEqualTo(1.0);
    }
}
