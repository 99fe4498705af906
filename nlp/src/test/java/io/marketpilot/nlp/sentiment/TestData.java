package io.marketpilot.nlp.sentiment;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared datasets, at ../shared/data from the repository root (or -Dmarketpilot.datasets). */
final class TestData {
    private TestData() {}

    static SentimentCorpora corpora() {
        String prop = System.getProperty("marketpilot.datasets");
        Path dir = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "data");
        SentimentCorpora c = new SentimentCorpora(dir);
        Assumptions.assumeTrue(Files.isDirectory(dir) && c.present(),
            "shared datasets not found at " + dir.toAbsolutePath() + ": skipping dataset tests (CI provides them)");
        return c;
    }
}
