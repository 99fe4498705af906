package io.marketpilot.nlp.intent;

import io.marketpilot.nlp.fixture.BgeFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reproduces the shipped head (run only on request, ~20 s):
 * {@code mvn -B -q -o -pl nlp -am test -Dtest=IntentHeadBuild -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnlp.intent.write=$PWD/nlp/src/main/resources/io/marketpilot/nlp/intent/intent-head-v1.mpm}.
 * Same data, config and seed give the same weights; only trained-at is fixed here to keep the file stable.
 */
@EnabledIfSystemProperty(named = "nlp.intent.write", matches = ".+")
class IntentHeadBuild {
    static final long SEED = 20261129L;

    @Test
    void trainAndWrite() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);
        var data = IntentClassifier.bundledData(BgeFixture.shared(), IntentTrainerConfig.DEFAULT);
        IntentModel model = new IntentTrainer(IntentTrainerConfig.DEFAULT, SEED, clock, "0.1.0-SNAPSHOT").train(data);
        Path out = Path.of(System.getProperty("nlp.intent.write"));
        Files.write(out, IntentModelFormat.write(model));
        System.out.println("{\"written\":\"" + out + "\",\"metrics\":" + model.provenance().metrics() + "}");
    }
}
