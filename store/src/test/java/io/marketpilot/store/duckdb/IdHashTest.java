package io.marketpilot.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdHashTest {

    /** events.id_hash is on disk: these values must never change (a changed hash needs a migration). */
    @Test
    void hashesAreStableAcrossVersions() {
        assertThat(IdHash.of("e-1")).isEqualTo(GOLDEN_E1);
        assertThat(IdHash.of("c-0123456789abcdef0123456789abcdef")).isEqualTo(GOLDEN_CONTENT_ID);
        assertThat(IdHash.of("事件-🚀")).isEqualTo(GOLDEN_UNICODE);
    }

    @Test
    void sequentialIdsDoNotCollide() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            seen.add(IdHash.of("ev-" + i));
        }
        assertThat(seen).hasSize(1_000_000);
    }

    private static final long GOLDEN_E1 = -6912899604576216188L;
    private static final long GOLDEN_CONTENT_ID = 155512731583046490L;
    private static final long GOLDEN_UNICODE = -771684785082858652L;
}
