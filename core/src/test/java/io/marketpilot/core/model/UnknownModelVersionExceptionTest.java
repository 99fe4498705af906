package io.marketpilot.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownModelVersionExceptionTest {
    @Test
    void namesTheSavedVersionsWithRunsCollapsed() {
        var e = new UnknownModelVersionException("co-purchase", 7, List.of(1L, 2L, 3L, 5L, 8L, 9L));

        assertThat(e).hasMessage("co-purchase@7 does not exist; saved versions of co-purchase: 1-3, 5, 8-9");
        assertThat(e.available()).containsExactly(1L, 2L, 3L, 5L, 8L, 9L);
    }

    @Test
    void saysWhenNothingWasSaved() {
        assertThat(new UnknownModelVersionException("ctr", 1, List.of()))
                .hasMessage("ctr@1 does not exist; no version of ctr has been saved");
    }
}
