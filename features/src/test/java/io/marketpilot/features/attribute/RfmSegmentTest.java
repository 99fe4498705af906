package io.marketpilot.features.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RfmSegmentTest {
    @Test
    void theGridReachesEveryStandardSegment() {
        var seen = EnumSet.noneOf(RfmSegment.Segment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    seen.add(RfmSegment.of(r, f, m));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(RfmSegment.Segment.values());
    }

    @Test
    void textbookCases() {
        assertThat(RfmSegment.of(5, 5, 5)).isEqualTo(RfmSegment.Segment.CHAMPIONS);
        assertThat(RfmSegment.of(5, 1, 1)).isEqualTo(RfmSegment.Segment.NEW);
        assertThat(RfmSegment.of(1, 5, 5)).isEqualTo(RfmSegment.Segment.CANT_LOSE);
        assertThat(RfmSegment.of(1, 1, 1)).isEqualTo(RfmSegment.Segment.LOST);
        assertThat(RfmSegment.of(2, 1, 2)).isEqualTo(RfmSegment.Segment.HIBERNATING);
        assertThat(RfmSegment.of(3, 4, 4)).isEqualTo(RfmSegment.Segment.LOYAL);
    }

    @Test
    void quintilesScoreOneToFive() {
        Quintiles q = Quintiles.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertThat(q.score(1)).isEqualTo(1);
        assertThat(q.score(10)).isEqualTo(5);
        assertThat(q.score(5)).isEqualTo(2);
        assertThat(Quintiles.of(new double[] {1, 1, 1, 1, 2}).score(1)).isEqualTo(1);
    }
}
