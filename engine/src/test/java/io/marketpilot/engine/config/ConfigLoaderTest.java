package io.marketpilot.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.automation.guard.FrequencyCap;
import io.marketpilot.automation.guard.RateLimitGuard;
import io.marketpilot.nlp.aspect.AspectConfig;
import io.marketpilot.nlp.encoder.EncoderVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader as a shop owner meets it: values take effect, and a wrong file says exactly where and why. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("marketpilot.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private LoadedConfig load(String yaml, Map<String, String> env, List<ConfigLoader.Flag> flags) throws IOException {
        return ConfigLoader.load(dir, Optional.of(file(yaml)), env, flags);
    }

    private List<String> problems(String yaml, Map<String, String> env) {
        try {
            load(yaml, env, List.of());
        } catch (ConfigException e) {
            return e.problems().stream().map(p -> p.toString().replace(dir.toString() + "/", "")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected problems");
    }

    @Test
    void withoutAFileEverythingIsTheCodeDefault() {
        LoadedConfig loaded = ConfigLoader.defaults(dir);
        assertThat(loaded.config()).isEqualTo(EngineConfig.at(dir));
        assertThat(loaded.settings()).allSatisfy(s -> assertThat(s.origin()).isEqualTo(new Origin.Default()));
        assertThat(loaded.file()).isEmpty();
    }

    @Test
    void fileValuesReachTheRecordTree() throws IOException {
        EngineConfig c = load("""
                nlp:
                  encoder:
                    variant: fp32
                    max_tokens: 256
                  aspects: {clause_encoding: unmatched}
                shop:
                  time_zone: Asia/Shanghai
                messaging:
                  caps:
                    - {per: day, max: 1}
                    - {per: week, max: 3, channel: sms}
                  quiet_hours: {start: "22:30", end: "07:00"}
                  rate_limits:
                    email: {per_second: 2.5, burst: 10}
                recommend:
                  retrain_every: 6h
                  event_weights: {view: 0.5, purchase: 10}
                ingest:
                  max_batch: 10_000
                text:
                  copy_llm: {endpoint: "http://127.0.0.1:9/v1/chat/completions", model: m, api_key: sk-1}
                """, Map.of(), List.of()).config();
        assertThat(c.nlp().encoder().variant()).isEqualTo(EncoderVariant.FP32);
        assertThat(c.nlp().encoder().toEncoderConfig(dir, 128).maxTokens()).isEqualTo(256);
        assertThat(c.nlp().aspects().clauseEncoding()).isEqualTo(AspectConfig.ClauseEncoding.UNMATCHED);
        assertThat(c.messaging().caps()).containsExactly(FrequencyCap.acrossChannels(FrequencyCap.Window.DAY, 1),
                FrequencyCap.perChannel(ChannelName.of("sms"), FrequencyCap.Window.WEEK, 3));
        assertThat(c.messaging().quietStart()).isEqualTo(LocalTime.of(22, 30));
        assertThat(c.messaging().rateLimits()).containsEntry(ChannelName.of("email"), new RateLimitGuard.Limit(2.5, 10));
        assertThat(c.messaging().shopZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.journeys().shopZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(c.recommend().retrainEvery()).isEqualTo(Duration.ofHours(6));
        assertThat(c.recommend().eventWeights()).isEqualTo(Map.of("view", 0.5f, "purchase", 10f));
        assertThat(c.ingest().maxBatch()).isEqualTo(10_000);
        assertThat(c.text().copyLlm()).hasValueSatisfying(l -> assertThat(l.apiKey()).isEqualTo("sk-1"));
        assertThat(c.recommend().maxHistory()).isEqualTo(RecommendConfig.defaults().maxHistory());
    }

    @Test
    void everyProblemIsReportedAtOnceWithLineAndPath() {
        assertThat(problems("""
                ingest:
                  max_batch: 0
                  bot_max_events: many
                messaging:
                  caps:
                    - {per: day, max: 2}
                    - {per: fortnight, max: 2}
                  quiet_hours: {start: "25:00", end: "08:00"}
                  rate_limits: {Email!: {per_second: 1, burst: 1}}
                nlp:
                  encoder: {variant: fp16}
                recommend:
                  models: ials
                """, Map.of())).containsExactly(
                "marketpilot.yaml:2 ingest.max_batch: expected a whole number from 1 to 1,000,000, found '0'",
                "marketpilot.yaml:3 ingest.bot_max_events: expected a whole number from 1 to 100,000,000, found 'many'",
                "marketpilot.yaml:7 messaging.caps[1].per: expected one of day|week|month, found 'fortnight'",
                "marketpilot.yaml:8 messaging.quiet_hours.start: expected a time of day HH:MM such as \"21:00\", found"
                        + " '25:00'",
                "marketpilot.yaml:9 messaging.rate_limits.Email!: expected the key to be a channel name (a-z, 0-9 and"
                        + " '-', starting with a letter, e.g. email), found 'Email!'",
                "marketpilot.yaml:11 nlp.encoder.variant: expected one of int8|fp32, found 'fp16'; did you mean 'fp32'?",
                "marketpilot.yaml:13 recommend.models: expected a list such as [a, b] with at least 1 entry, found"
                        + " 'ials'");
    }

    @Test
    void unknownKeysAreRejectedWithASuggestion() {
        assertThat(problems("""
                ingest:
                  max_bacth: 5
                nlp:
                  encoder:
                    varient: fp32
                messaging:
                  caps:
                    - {per: day, maximum: 2}
                variant: int8
                mesaging: {}
                """, Map.of())).containsExactly(
                "marketpilot.yaml:2 ingest.max_bacth: unknown key; did you mean 'max_batch'?",
                "marketpilot.yaml:5 nlp.encoder.varient: unknown key; did you mean 'variant'?",
                "marketpilot.yaml:8 messaging.caps[0].maximum: unknown key; did you mean 'max'?; valid here: per, max,"
                        + " channel",
                "marketpilot.yaml:9 variant: unknown key; it belongs at nlp.encoder.variant",
                "marketpilot.yaml:10 mesaging: unknown key; did you mean 'messaging'?");
        assertThat(problems("recommend: {event_weights: {purchse: 5}}\n", Map.of())).singleElement().asString()
                .startsWith("marketpilot.yaml:1 recommend.event_weights.purchse: expected the key to be an event type (")
                .endsWith("found 'purchse'; did you mean 'purchase'?");
        assertThat(problems("recommend:\n  models: [ials, itemknn, magic]\n", Map.of())).hasSize(2).first().asString()
                .startsWith("marketpilot.yaml:2 recommend.models[1]: unknown model 'itemknn'; did you mean 'item-knn'?");
        assertThat(problems("nlp: {encoder: {variant: FP23}, aspects: {clause_encoding: unmached}}\n", Map.of()))
                .containsExactly("marketpilot.yaml:1 nlp.encoder.variant: expected one of int8|fp32, found 'FP23'; did"
                        + " you mean 'fp32'?", "marketpilot.yaml:1 nlp.aspects.clause_encoding: expected one of"
                        + " none|unmatched|all, found 'unmached'; did you mean 'unmatched'?");
    }

    @Test
    void structureSyntaxAndDuplicatesAreReported() {
        assertThat(problems("""
                ingest: 5
                server:
                  port: 80
                  port: 81
                """, Map.of())).containsExactly(
                "marketpilot.yaml:4 port: duplicate key; it is already set at marketpilot.yaml:3 (keep one)",
                "marketpilot.yaml:1 ingest: expected a section with the keys bot_max_events, bot_window_seconds,"
                        + " max_batch, found '5'");
        assertThat(problems("server:\n  port: [80\n", Map.of())).containsExactly("marketpilot.yaml:2: not valid YAML:"
                + " while parsing a flow sequence; expected ',' or ']', but got <stream end> (check the indentation and"
                + " quote values that contain ': ' or start with a special character)");
    }

    @Test
    void rulesAcrossKeysAreReportedAtTheSection() {
        assertThat(problems("""
                messaging:
                  retry: {first_wait: 2h, longest_wait: 1h}
                text:
                  copy_llm: {endpoint: "https://llm.example/v1/chat/completions"}
                """, Map.of())).containsExactlyInAnyOrder(
                "marketpilot.yaml:4 text.copy_llm.model: missing: text.copy_llm.endpoint is set, so name the model too"
                        + " (e.g. model: gpt-4o-mini), or set endpoint: \"\" to write copy from templates only",
                "marketpilot.yaml:2 messaging.retry: first_wait 2h is longer than longest_wait 1h (set first_wait <="
                        + " longest_wait; set at marketpilot.yaml:2)");
    }

    @Test
    void environmentOverridesTheFileAndFlagsOverrideBoth() throws IOException {
        LoadedConfig loaded = load("""
                nlp:
                  encoder:
                    variant: int8
                server:
                  port: 9000
                  host: 0.0.0.0
                messaging:
                  caps: []
                """, Map.of("MARKETPILOT_NLP_ENCODER_VARIANT", "fp32", "MARKETPILOT_SERVER_PORT", "9100",
                        "MARKETPILOT_MESSAGING_CAPS", "[{per: week, max: 1}]", "PATH", "/bin"),
                List.of(new ConfigLoader.Flag("server.port", "--port", "9200")));
        EngineConfig c = loaded.config();
        assertThat(c.nlp().encoder().variant()).isEqualTo(EncoderVariant.FP32);
        assertThat(c.server().port()).isEqualTo(9200);
        assertThat(c.server().host()).isEqualTo("0.0.0.0");
        assertThat(c.messaging().caps()).containsExactly(FrequencyCap.acrossChannels(FrequencyCap.Window.WEEK, 1));
        assertThat(loaded.origin("nlp.encoder.variant")).isEqualTo(new Origin.Env("MARKETPILOT_NLP_ENCODER_VARIANT"));
        assertThat(loaded.origin("server.port")).isEqualTo(new Origin.Flag("--port"));
        assertThat(loaded.origin("server.host").label()).endsWith("marketpilot.yaml:6");
        assertThat(loaded.origin("ingest.max_batch")).isEqualTo(new Origin.Default());
    }

    @Test
    void badEnvironmentValuesAndMisspeltVariablesAreProblemsToo() {
        assertThat(problems("{}", Map.of("MARKETPILOT_NLP_ENCODER_VARIENT", "fp32",
                "MARKETPILOT_SERVER_PORT", "99999", "MARKETPILOT_API_KEY", "not a config key",
                "MARKETPILOT_MESSAGING_RATE_LIMITS_EMAIL_BURST", "5"))).containsExactly(
                "env MARKETPILOT_MESSAGING_RATE_LIMITS_EMAIL_BURST: no configuration key has this variable; did you"
                        + " mean MARKETPILOT_MESSAGING_RATE_LIMITS? (lists and mappings are set whole, as YAML: e.g."
                        + " MARKETPILOT_MESSAGING_RATE_LIMITS='{email: {per_second: 5, burst: 10}}')",
                "env MARKETPILOT_NLP_ENCODER_VARIENT: no configuration key has this variable; did you mean"
                        + " MARKETPILOT_NLP_ENCODER_VARIANT? (lists and mappings are set whole, as YAML: e.g."
                        + " MARKETPILOT_MESSAGING_RATE_LIMITS='{email: {per_second: 5, burst: 10}}')",
                "env MARKETPILOT_SERVER_PORT server.port: expected a whole number from 0 to 65,535, found '99999'");
    }

    @Test
    void theFileIsFoundByFlagThenEnvironmentThenDataDirectory() throws IOException {
        assertThat(ConfigFileLocation.resolve(null, Map.of(), dir)).isEmpty();
        Path inData = file("ingest: {max_batch: 7}\n");
        assertThat(ConfigFileLocation.resolve(null, Map.of(), dir)).contains(inData);
        Path other = Files.writeString(dir.resolve("other.yaml"), "ingest: {max_batch: 8}\n");
        assertThat(ConfigFileLocation.resolve(null, Map.of("MARKETPILOT_CONFIG", other.toString()), dir))
                .contains(other);
        assertThat(ConfigFileLocation.resolve(inData, Map.of("MARKETPILOT_CONFIG", other.toString()), dir))
                .contains(inData);
        assertThatThrownBy(() -> ConfigFileLocation.resolve(dir.resolve("missing.yaml"), Map.of(), dir))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.unreadable()).isTrue())
                .hasMessageContaining("missing.yaml").hasMessageContaining("no such configuration file");
        assertThatThrownBy(() -> ConfigFileLocation.resolve(null, Map.of("MARKETPILOT_CONFIG", "/nope.yaml"), dir))
                .hasMessageContaining("MARKETPILOT_CONFIG");
    }

    @Test
    void showWritesYamlThatReadsBackToTheSameConfiguration() throws IOException {
        LoadedConfig loaded = load("""
                messaging:
                  caps: [{per: day, max: 1, channel: sms}]
                  rate_limits: {email: {per_second: 0.5, burst: 3}}
                recommend:
                  placements: {home: {rules: "in_stock=true", context_weight: 1.5}}
                  repeat_categories: ["Food & Drink", "yes"]
                """, Map.of("MARKETPILOT_SERVER_PORT", "9100"), List.of());
        String yaml = loaded.toYaml();
        assertThat(yaml).contains("  port: 9100").contains("# env MARKETPILOT_SERVER_PORT")
                .contains("# default").containsPattern("caps: \\[\\{per: day, max: 1, channel: sms}] +# .*yaml:2");
        Path shown = Files.writeString(dir.resolve("shown.yaml"), yaml);
        assertThat(ConfigLoader.load(dir, Optional.of(shown), Map.of(), List.of()).config())
                .isEqualTo(loaded.config());
    }

    @Test
    void secretsAreMaskedWhenShown() throws IOException {
        String yaml = load("text: {copy_llm: {endpoint: \"http://127.0.0.1:1/x\", model: m}}",
                Map.of("MARKETPILOT_TEXT_COPY_LLM_API_KEY", "sk-secret"), List.of()).toYaml();
        assertThat(yaml).doesNotContain("sk-secret").contains("api_key: \"***\"");
    }

    @Test
    void emptyFilesAndSectionsMeanDefaultsAndOtherShapesAreProblems() throws IOException {
        assertThat(load("", Map.of(), List.of()).config()).isEqualTo(EngineConfig.at(dir));
        assertThat(load("\uFEFF# only a comment\ningest:\nnlp:\n  encoder:\n", Map.of(), List.of()).config())
                .isEqualTo(EngineConfig.at(dir));
        assertThat(problems("- ingest\n- nlp\n", Map.of())).containsExactly(
                "marketpilot.yaml:1: expected a mapping of sections (ingest:, recommend:, …), found a list");
        assertThat(problems("recommend:\n  placements: [home]\n  event_weights: {view: -1}\n", Map.of()))
                .containsExactly("marketpilot.yaml:2 recommend.placements: expected a mapping such as {home: {rules:"
                        + " \"\", context_weight: 0}} ({} for none), found a list",
                        "marketpilot.yaml:3 recommend.event_weights.view: expected a number in [0, 1000], found '-1'");
    }

    @Test
    void notUtf8IsOneProblem() throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, new byte[] {'t', 'e', 'x', 't', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> ConfigLoader.load(dir, Optional.of(f), Map.of(), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("latin1.yaml:1: not UTF-8 text");
    }
}
