package io.marketpilot.engine.text;

import io.marketpilot.nlp.copy.LlmConfig;
import io.marketpilot.nlp.text.TextPipeline;
import java.util.Optional;

/**
 * Text settings: the longest text analysed (longer is cut, with a notice), the FAQ confidence threshold, and the
 * optional LLM for copy (templates only when empty).
 */
public record TextConfig(int maxCodePoints, double faqThreshold, Optional<LlmConfig> copyLlm) {
    public static TextConfig defaults() {
        return new TextConfig(TextPipeline.DEFAULT_MAX_CODE_POINTS, 0.75, Optional.empty());
    }
}
