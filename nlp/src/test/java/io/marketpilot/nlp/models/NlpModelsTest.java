package io.marketpilot.nlp.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.nlp.encoder.EncoderMismatchException;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.fixture.BgeFixture;
import io.marketpilot.nlp.intent.Intent;
import io.marketpilot.nlp.intent.IntentClassifier;
import io.marketpilot.nlp.intent.IntentModel;
import io.marketpilot.nlp.sentiment.Sentiment;
import io.marketpilot.nlp.sentiment.SentimentModel;
import io.marketpilot.nlp.sentiment.SentimentModelFormat;
import io.marketpilot.nlp.sentiment.SentimentSplit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NlpModelsTest {
    @ParameterizedTest
    @EnumSource(EncoderVariant.class)
    void the_heads_shipped_for_a_variant_load_and_were_trained_on_it(EncoderVariant variant) {
        SentimentModel sentiment = SentimentModelFormat.shipped(variant);
        assertThat(sentiment.encoderName()).isEqualTo(variant.modelName());
        assertThat(sentiment.provenance().config()).containsEntry("encoder", variant.modelName());
        assertThat(sentiment.encoderMaxTokens()).isEqualTo(NlpModels.SHIPPED_MAX_TOKENS);
        assertThat(sentiment.provenance().seed()).isEqualTo(SentimentSplit.SEED);
        assertThat(sentiment.provenance().metrics()).containsKey("validation_accuracy");
        IntentModel intents = IntentClassifier.shippedModel(variant);
        assertThat(intents.encoderName()).isEqualTo(variant.modelName());
        assertThat(intents.provenance().config()).containsEntry("encoder", variant.modelName());
        assertThat(intents.provenance().metrics().get("heldout_accuracy")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void the_default_is_int8_at_the_shipped_heads_token_limit() {
        var config = NlpModels.defaultConfig(Path.of("target", "nlp-native"));
        assertThat(config.variant()).isEqualTo(EncoderVariant.INT8);
        assertThat(config.maxTokens()).isEqualTo(NlpModels.SHIPPED_MAX_TOKENS);
        assertThat(SentimentModelFormat.shipped()).usingRecursiveComparison()
            .isEqualTo(SentimentModelFormat.shipped(EncoderVariant.INT8));
    }

    @Test
    void an_int8_head_on_the_fp32_encoder_is_refused_with_what_was_found_expected_and_the_fix() {
        SentimentModel int8 = SentimentModelFormat.shipped(EncoderVariant.INT8);
        IntentModel fp32Intents = IntentClassifier.shippedModel(EncoderVariant.FP32);
        assertThatThrownBy(() -> NlpModels.of(BgeFixture.fp32(), int8, fp32Intents))
            .isInstanceOf(EncoderMismatchException.class)
            .hasMessageContaining("the sentiment head was trained on bge-small-zh-v1.5-int8 embeddings, but the "
                + "encoder in use is bge-small-zh-v1.5-fp32")
            .hasMessageContaining("bin/marketpilot nlp train-sentiment --variant fp32")
            .hasMessageContaining("set nlp.encoder.variant back to int8");
        assertThatThrownBy(() -> int8.scoreAll(List.of("很好"), BgeFixture.fp32()))
            .isInstanceOf(EncoderMismatchException.class);
        assertThatThrownBy(() -> new IntentClassifier(BgeFixture.shared(), fp32Intents))
            .isInstanceOf(EncoderMismatchException.class)
            .hasMessageContaining("the intent head was trained on bge-small-zh-v1.5-fp32 embeddings")
            .hasMessageContaining("-Dnlp.intent.variant=int8")
            .hasMessageContaining("set nlp.encoder.variant back to fp32")
            .satisfies(e -> {
                EncoderMismatchException m = (EncoderMismatchException) e;
                assertThat(m.trainedOn()).isEqualTo("bge-small-zh-v1.5-fp32");
                assertThat(m.inUse()).isEqualTo("bge-small-zh-v1.5-int8");
            });
    }

    @Test
    void load_pairs_the_fp32_encoder_with_the_heads_shipped_for_it() {
        try (NlpModels models = NlpModels.load(NlpModels.defaultConfig(Path.of("target", "nlp-native"))
                .withVariant(EncoderVariant.FP32))) {
            assertThat(models.encoder().name()).isEqualTo("bge-small-zh-v1.5-fp32");
            assertThat(models.sentiment().encoderName()).isEqualTo("bge-small-zh-v1.5-fp32");
            assertThat(models.intents().model().encoderName()).isEqualTo("bge-small-zh-v1.5-fp32");
            assertThat(models.intents().classify("我要退货退款").intent()).isEqualTo(Intent.RETURN_REFUND);
            List<Sentiment> s = models.sentiment().scoreAll(List.of("质量很好，物流也快，非常满意",
                "太差了，用了两天就坏了，要退货"), models.encoder());
            assertThat(s.get(0).positive()).isTrue();
            assertThat(s.get(1).positive()).isFalse();
        }
    }
}
