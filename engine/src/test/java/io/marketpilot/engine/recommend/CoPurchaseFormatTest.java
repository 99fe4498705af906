package io.marketpilot.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.id.ItemId;
import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.core.model.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoPurchaseFormatTest {
    private static final Provenance PROVENANCE = new Provenance("co-purchase", Map.of(), "events=0", 0, "test",
            Instant.EPOCH, Map.of());

    /** Three items: a↔b strongly, a↔c weakly; popularity b, a, c. */
    static CoPurchaseModel tiny() {
        return new CoPurchaseModel(new String[] {"a", "b", "c"}, new int[] {0, 2, 3, 4}, new int[] {1, 2, 0, 0},
                new float[] {0.9f, 0.2f, 0.9f, 0.2f}, new int[] {1, 0, 2}, new float[] {1f, 0.5f, 0.25f}, PROVENANCE);
    }

    @Test
    void roundTripsAndAnswersTheSame() {
        CoPurchaseModel back = CoPurchaseFormat.read(CoPurchaseFormat.write(tiny()), PROVENANCE);
        assertThat(back.similar(ItemId.of("a"), 2, i -> true)).extracting(r -> r.item().value()).containsExactly("b", "c");
    }

    /** Version 1 files written by earlier releases stay readable (golden file written once, never regenerated). */
    @Test
    void readsTheVersion1GoldenFile() throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/co-purchase-v1.bin")) {
            golden = in.readAllBytes();
        }
        CoPurchaseModel model = CoPurchaseFormat.read(golden, PROVENANCE);
        assertThat(model.similar(ItemId.of("c"), 3, i -> true)).extracting(r -> r.item().value()).containsExactly("a", "b");
        assertThat(CoPurchaseFormat.write(tiny())).isEqualTo(golden);
    }

    @Test
    void rejectsCorruptedTruncatedAndForeignBytes() {
        byte[] bytes = CoPurchaseFormat.write(tiny());
        byte[] flipped = bytes.clone();
        flipped[20] ^= 1;
        assertThatThrownBy(() -> CoPurchaseFormat.read(flipped, PROVENANCE))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("checksum");
        assertThatThrownBy(() -> CoPurchaseFormat.read(Arrays.copyOf(bytes, bytes.length / 2), PROVENANCE))
                .isInstanceOf(ModelFormatException.class);
        assertThatThrownBy(() -> CoPurchaseFormat.read("hello world, not a model".getBytes(), PROVENANCE))
                .isInstanceOf(ModelFormatException.class);
    }

    @Test
    void fillsWithPopularItemsAndHonoursTheAvailabilityRule() {
        CoPurchaseModel m = tiny();
        assertThat(m.similar(ItemId.of("unknown"), 3, i -> !i.value().equals("a")))
                .extracting(r -> r.item().value()).containsExactly("b", "c");
    }
}
