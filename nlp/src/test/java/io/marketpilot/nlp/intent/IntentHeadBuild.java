package io.marketpilot.nlp.intent;

import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.fixture.BgeFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reproduces a shipped head (run only on request, ~20 s for int8, ~60 s for fp32):
 * {@code mvn -B -q -o -pl nlp -am test -Dtest=IntentHeadBuild -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnlp.intent.variant=int8 -Dnlp.intent.write=$PWD/nlp/src/main/resources/io/marketpilot/nlp/intent/intent-head-int8.mpm}
 * (fp32: both {@code int8} replaced by {@code fp32}; {@link IntentClassifier#retrainCommand} prints it).
 * Same data, config, encoder and seed give the same weights; only trained-at is fixed here to keep the file stable.
 */
@EnabledIfSystemProperty(named = "nlp.intent.write", matches = ".+")
class IntentHeadBuild {
    static final long SEED = 20261129L;

    @Test
    void trainAndWrite() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);
        EncoderVariant variant = EncoderVariant.parse(System.getProperty("nlp.intent.variant", "int8"));
        TextEncoder encoder = variant == EncoderVariant.FP32 ? BgeFixture.fp32() : BgeFixture.shared();
        IntentTrainerConfig config = IntentTrainerConfig.shipped(variant);
        var data = IntentClassifier.bundledData(encoder, config);
        IntentModel model = new IntentTrainer(config, SEED, clock, "0.1.0-SNAPSHOT").train(data);
        Path out = Path.of(System.getProperty("nlp.intent.write"));
        Files.write(out, IntentModelFormat.write(model));
        System.out.println("{\"written\":\"" + out + "\",\"encoder\":\"" + model.encoderName() + "\",\"metrics\":"
            + model.provenance().metrics() + "}");
    }
}
