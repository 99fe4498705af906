package io.marketpilot.automation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BufferTest {
    @Test
    void countsNeedNoAmountsUntilAnotherAmountArrivesAndOrderIsKept() {
        Buffer b = new Buffer();
        b.add(30, 1);
        b.add(10, 1);
        long countsOnly = b.bytes();
        b.add(20, 2.5);
        b.add(5, 1);

        assertThat(b.bytes()).isGreaterThan(countsOnly);
        assertThat(new long[] {b.time(0), b.time(1), b.time(2), b.time(3)}).containsExactly(5, 10, 20, 30);
        assertThat(new double[] {b.amount(0), b.amount(1), b.amount(2), b.amount(3)}).containsExactly(1, 1, 2.5, 1);

        assertThat(b.prune(10)).isTrue();
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.time(0)).isEqualTo(20);
        assertThat(b.amount(0)).isEqualTo(2.5);
        assertThat(b.prune(30)).isFalse();
    }

    @Test
    void manyEntriesGrowAndShrinkWithoutLosingAny() {
        Buffer b = new Buffer();
        for (int i = 1000; i > 0; i--) {
            b.add(i, i % 3 == 0 ? 2 : 1);
        }
        assertThat(b.size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(b.time(i)).isEqualTo(i + 1);
            assertThat(b.amount(i)).isEqualTo((i + 1) % 3 == 0 ? 2 : 1);
        }
        b.prune(990);
        assertThat(b.size()).isEqualTo(10);
        assertThat(b.time(0)).isEqualTo(991);
        assertThat(b.amount(2)).isEqualTo(2); // 993
    }
}
