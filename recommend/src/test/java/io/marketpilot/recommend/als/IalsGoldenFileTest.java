package io.marketpilot.recommend.als;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.model.TrainContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Every {@code ials} version ever written stays readable: the v1 file below was written by the v1 writer. */
class IalsGoldenFileTest {
    private static final String V1 = "ials-v1.bin";
    private static final IalsConfig CONFIG = IalsConfig.of(4, 0.1, 5, 4);
    /** Scores of items 0..4 for training user 1 with the learned vector, as written. */
    private static final float[] USER_1_SCORES = {0.91123784f, 0.40705976f, 0.39007363f, 0.62700063f, 0.31066996f};

    @Test
    void a_version_1_file_reads_with_its_config_provenance_and_scores() throws IOException {
        IalsModel model = new IalsFormat().read(resource(V1));

        assertThat(model.config()).isEqualTo(CONFIG);
        assertThat(model.provenance().algorithm()).isEqualTo("ials");
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
        IalsModel model = new IalsAlgorithm().trainer(CONFIG, TrainContext.seeded(11))
            .train(PlantedClusters.of(2, 10, 8, 4, 3).data());
        Path out = Path.of("src/test/resources/io/marketpilot/recommend/als", V1);
        Files.createDirectories(out.getParent());
        Files.write(out, new IalsFormat().write(model));
        float[] scores = new float[model.itemCount()];
        model.score(PlantedClusters.of(2, 10, 8, 4, 3).data().history(1), scores);
        System.out.println(java.util.Arrays.toString(scores));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IalsGoldenFileTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file %s on the test class path", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
