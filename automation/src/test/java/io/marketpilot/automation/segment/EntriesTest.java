package io.marketpilot.automation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntriesTest {
    @Test
    void countsNeedNoAmountsUntilAnotherAmountArrivesAndOrderIsKept() {
        long[] d = Entries.add(null, 3, 30, 1);
        d = Entries.add(d, 3, 10, 1);
        int countsOnly = d.length;
        d = Entries.add(d, 3, 20, 2.5);
        d = Entries.add(d, 3, 5, 1);

        assertThat(d.length).isEqualTo(1 + 2 * 4).isGreaterThan(countsOnly);
        int b = Entries.find(d, 3);
        assertThat(new long[] {Entries.time(d, b, 0), Entries.time(d, b, 1), Entries.time(d, b, 2), Entries.time(d, b, 3)})
                .containsExactly(5, 10, 20, 30);
        assertThat(new double[] {Entries.amount(d, b, 0), Entries.amount(d, b, 1), Entries.amount(d, b, 2),
                Entries.amount(d, b, 3)}).containsExactly(1, 1, 2.5, 1);

        d = Entries.prune(d, channel -> 10);
        b = Entries.find(d, 3);
        assertThat(Entries.count(d, b)).isEqualTo(2);
        assertThat(Entries.time(d, b, 0)).isEqualTo(20);
        assertThat(Entries.amount(d, b, 0)).isEqualTo(2.5);
        assertThat(Entries.prune(d, channel -> 30)).isNull();
    }

    @Test
    void channelsKeepTheirOwnBlocksAndEmptyBlocksGo() {
        long[] d = Entries.add(null, 0, 100, 1);
        d = Entries.add(d, 7, 50, 4);
        d = Entries.add(d, 0, 200, 1);
        d = Entries.add(d, 7, 60, 1);

        assertThat(Entries.count(d, Entries.find(d, 0))).isEqualTo(2);
        assertThat(Entries.count(d, Entries.find(d, 7))).isEqualTo(2);
        assertThat(Entries.find(d, 5)).isEqualTo(-1);
        assertThat(Entries.count(d, -1)).isZero();
        long[] same = Entries.prune(d, channel -> 0);
        assertThat(same).isSameAs(d);

        d = Entries.prune(d, channel -> channel == 7 ? 60 : 150);
        assertThat(Entries.find(d, 7)).isEqualTo(-1);
        int b = Entries.find(d, 0);
        assertThat(Entries.count(d, b)).isEqualTo(1);
        assertThat(Entries.time(d, b, 0)).isEqualTo(200);
        assertThat(d).hasSize(2);
    }

    @Test
    void manyEntriesStaySortedWithEqualTimesInArrivalOrder() {
        long[] d = null;
        for (int i = 1000; i > 0; i--) {
            d = Entries.add(d, 1, i, i % 3 == 0 ? 2 : 1);
        }
        d = Entries.add(d, 1, 500, 9);
        int b = Entries.find(d, 1);
        assertThat(Entries.count(d, b)).isEqualTo(1001);
        assertThat(Entries.time(d, b, 499)).isEqualTo(500);
        assertThat(Entries.amount(d, b, 499)).isEqualTo(1);
        assertThat(Entries.time(d, b, 500)).isEqualTo(500);
        assertThat(Entries.amount(d, b, 500)).isEqualTo(9);
        d = Entries.prune(d, channel -> 990);
        b = Entries.find(d, 1);
        assertThat(Entries.count(d, b)).isEqualTo(10);
        assertThat(Entries.time(d, b, 0)).isEqualTo(991);
        assertThat(Entries.amount(d, b, 2)).isEqualTo(2); // 993
    }
}
