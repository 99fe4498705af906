package io.marketpilot.nlp.copy;

import java.util.List;

/** The variants, and notices (e.g. that an LLM draft was rejected by the fact check and a template used instead). */
public record CopyResult(List<CopyVariant> variants, List<String> notices) {
    public CopyResult {
        variants = List.copyOf(variants);
        notices = List.copyOf(notices);
    }
}
