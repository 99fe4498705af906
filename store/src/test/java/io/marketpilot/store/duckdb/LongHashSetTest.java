package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void behavesLikeASetThroughGrowth() {
        LongHashSet set = new LongHashSet(4);
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            long v = random.nextInt(4) == 0 ? random.nextLong(1_000) - 500 : random.nextLong();
            assertThat(set.add(v)).isEqualTo(reference.add(v));
        }
        assertThat(set.size()).isEqualTo(reference.size());
        for (long v : reference) {
            assertThat(set.contains(v)).isTrue();
        }
        assertThat(set.contains(Long.MIN_VALUE + 12345)).isEqualTo(reference.contains(Long.MIN_VALUE + 12345));
    }

    @Test
    void zeroIsAnOrdinaryMember() {
        LongHashSet set = new LongHashSet(0);

        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.contains(0)).isTrue();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void addAllMerges() {
        LongHashSet a = new LongHashSet(0);
        LongHashSet b = new LongHashSet(0);
        a.add(1);
        b.add(0);
        b.add(2);

        a.addAll(b);

        assertThat(a.size()).isEqualTo(3);
        assertThat(a.contains(0) && a.contains(1) && a.contains(2)).isTrue();
    }
}
