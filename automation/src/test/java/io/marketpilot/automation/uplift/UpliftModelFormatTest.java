package io.marketpilot.automation.uplift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpliftModelFormatTest {
    static final String GOLDEN = "golden/uplift-two-model-v1.bin";

    /** A fixed, hand-made model: the golden file is its version-1 bytes. */
    static UpliftModel fixed() {
        return new UpliftModel(List.of("a", "b"), new double[] {1, 2}, new double[] {0.5, 4},
                new double[] {-1, 0.25, 0.5}, new double[] {-1.5, 0.125, -0.5},
                new Provenance(TwoModelUpliftTrainer.ALGORITHM, Map.of("l2", "1.0"), "abc", 42, "0.1.0",
                        Instant.parse("2026-03-01T00:00:00Z"), Map.of()));
    }

    @Test
    void roundTrips() {
        UpliftModel read = UpliftModelFormat.read(UpliftModelFormat.write(fixed()));
        assertThat(read.uplift(new double[] {1.2, 3})).isEqualTo(fixed().uplift(new double[] {1.2, 3}));
        assertThat(read.provenance()).isEqualTo(fixed().provenance());
    }

    @Test
    void readsTheVersion1GoldenFile() throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
            if (in == null && Boolean.getBoolean("golden.write")) {
                Path out = Path.of("src/test/resources", GOLDEN);
                Files.createDirectories(out.getParent());
                Files.write(out, UpliftModelFormat.write(fixed()));
                return;
            }
            assertThat(in).as(GOLDEN + " (create it with -Dgolden.write=true)").isNotNull();
            golden = in.readAllBytes();
        }
        UpliftModel m = UpliftModelFormat.read(golden);
        assertThat(m.features()).containsExactly("a", "b");
        assertThat(m.uplift(new double[] {1.2, 3})).isEqualTo(fixed().uplift(new double[] {1.2, 3}));
        assertThat(UpliftModelFormat.write(fixed())).as("version 1 is still what we write").isEqualTo(golden);
    }

    @Test
    void aDamagedFileFailsWithAMessage() {
        byte[] bytes = UpliftModelFormat.write(fixed());
        bytes[20] ^= 1;
        assertThatThrownBy(() -> UpliftModelFormat.read(bytes)).isInstanceOf(ModelCodec.ModelFormatException.class)
                .hasMessageContaining("checksum");
    }
}
