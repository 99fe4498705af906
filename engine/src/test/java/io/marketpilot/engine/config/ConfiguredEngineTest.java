package io.marketpilot.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.channel.Message;
import io.marketpilot.automation.channel.OutboxEntry;
import io.marketpilot.automation.guard.Purpose;
import io.marketpilot.core.id.UserId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.ingest.BatchTooLargeException;
import io.marketpilot.nlp.encoder.EncoderVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings in marketpilot.yaml take effect in a real engine: the guards, the ingest limit, the encoder variant. */
class ConfiguredEngineTest {
    @TempDir
    Path dir;
    private final Clock noon = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    private EngineConfig configured(String yaml) throws IOException {
        Files.writeString(dir.resolve("marketpilot.yaml"), yaml); // found in the data directory
        return ConfigLoader.load(dir, ConfigFileLocation.resolve(null, Map.of(), dir), Map.of(), List.of()).config();
    }

    private static Message marketing(String key) {
        return new Message(key, ChannelName.of("box"), UserId.of("ann"), Purpose.MARKETING, "t", "en", Map.of());
    }

    @Test
    void aFrequencyCapFromTheFileBlocksTheSecondMarketingMessageOfTheDay() throws IOException {
        EngineConfig config = configured("""
                messaging:
                  caps: [{per: day, max: 1}]
                  quiet_hours: {start: "00:00", end: "00:00"}
                """);
        try (Engine engine = Engine.open(config, noon)) {
            engine.upsertCustomers(List.of(Map.of("user_id", "ann", "consent", Map.of("email", true))));
            engine.messaging().configure(ChannelName.of("box"), "outbox", Map.of("consent_topic", "email"));
            engine.messaging().send(marketing("k1"));
            engine.messaging().send(marketing("k2"));
            engine.messaging().deliverDue();
            assertThat(engine.messaging().dispatcher().entry("k1").orElseThrow().status())
                    .isNotEqualTo(OutboxEntry.Status.BLOCKED);
            OutboxEntry second = engine.messaging().dispatcher().entry("k2").orElseThrow();
            assertThat(second.status()).isEqualTo(OutboxEntry.Status.BLOCKED);
            assertThat(second.detail()).startsWith("frequency cap 1 per day across channels reached");
        }
    }

    @Test
    void theIngestLimitFromTheFileBoundsBatches() throws IOException {
        try (Engine engine = Engine.open(configured("ingest: {max_batch: 2}\n"), noon)) {
            Map<String, Object> view = Map.of("type", "view", "user_id", "ann", "item_id", "i1",
                    "timestamp", "2026-03-02T11:00:00Z");
            assertThatThrownBy(() -> engine.ingestEvents(List.of(view, view, view)))
                    .isInstanceOf(BatchTooLargeException.class);
        }
    }

    @Test
    void theEncoderVariantFromTheFileIsWhatTheEngineCarries() throws IOException {
        EngineConfig config = configured("nlp: {encoder: {variant: fp32, threads: 1}}\n");
        assertThat(config.nlp().encoder().variant()).isEqualTo(EncoderVariant.FP32);
        assertThat(config.nlp().encoder().toEncoderConfig(dir, 128).variant()).isEqualTo(EncoderVariant.FP32);
        try (Engine engine = Engine.open(config, noon)) { // the encoder loads on first use, not here
            assertThat(engine.config().nlp().encoder().variant()).isEqualTo(EncoderVariant.FP32);
            // the fp32 heads are shipped: analysis runs end to end on the fp32 encoder (a mismatch would throw)
            var analysis = engine.text().analyze("物流很快，质量也很好，下次还会再买");
            assertThat(analysis.sentiment()).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("positive"));
        }
    }

    @Test
    void textAnalysisRunsOnTheConfiguredInt8EncoderAndTextLimit() throws IOException {
        EngineConfig config = configured("""
                nlp: {encoder: {variant: int8, max_tokens: 64, batch_size: 8, threads: 1, cache_size: 0}}
                text: {max_code_points: 12}
                """);
        try (Engine engine = Engine.open(config, noon)) {
            var analysis = engine.text().analyze("物流很快，质量也很好，包装也不错，下次还会再买");
            assertThat(analysis.text().notices()).anySatisfy(n -> assertThat(n).contains("12"));
            assertThat(analysis.sentiment()).isPresent();
        }
    }
}
