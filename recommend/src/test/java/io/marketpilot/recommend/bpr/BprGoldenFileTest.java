package io.marketpilot.recommend.bpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.model.TrainContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every {@code bpr} version ever written stays readable: the v1 file below was written by the v1 writer. */
class BprGoldenFileTest {
    private static final String V1 = "bpr-v1.bin";
    private static final BprConfig CONFIG = BprConfig.of(4, 5, 0.05, 0.01);
    /** Scores of items 0..4 for training user 1 with the learned vector, as written. */
    private static final float[] USER_1_SCORES = {0.1466055f, 0.16694403f, -0.07739863f, -0.3590455f, -0.23006736f};

    @Test
    void a_version_1_file_reads_with_its_config_provenance_and_scores() throws IOException {
        BprModel model = new BprFormat().read(resource(V1));

        assertThat(model.config()).isEqualTo(CONFIG);
        assertThat(model.provenance().algorithm()).isEqualTo("bpr");
        assertThat(model.provenance().seed()).isEqualTo(11);
        assertThat(model.itemCount()).isEqualTo(20);
        float[] scores = new float[model.itemCount()];
        model.score(PlantedClusters.of(2, 10, 8, 4, 3).data().history(1), scores);
        for (int i = 0; i < USER_1_SCORES.length; i++) {
            assertThat(scores[i]).as("item %d", i).isCloseTo(USER_1_SCORES[i], within(1e-4f));
        }
    }

    /** Run by hand to (re)write the golden file; never needed for an existing version. */
    @Disabled("writes src/test/resources; run by hand when a new format version is added")
    @Test
    void write_golden_file() throws IOException {
        BprModel model = new BprAlgorithm().trainer(CONFIG, TrainContext.seeded(11))
            .train(PlantedClusters.of(2, 10, 8, 4, 3).data());
        Path out = Path.of("src/test/resources/io/marketpilot/recommend/bpr", V1);
        Files.createDirectories(out.getParent());
        Files.write(out, new BprFormat().write(model));
        float[] scores = new float[model.itemCount()];
        model.score(PlantedClusters.of(2, 10, 8, 4, 3).data().history(1), scores);
        System.out.println(java.util.Arrays.toString(scores));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BprGoldenFileTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s on the test class path", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
