package io.marketpilot.engine.text;

import io.marketpilot.nlp.copy.AspectMention;
import io.marketpilot.nlp.copy.CopyKind;
import java.util.List;
import java.util.Optional;

/**
 * What copy to write for an item: language, kind, number of variants, seed, and the aspects to praise (empty: those
 * review analysis found for the item).
 */
public record CopyOptions(String language, CopyKind kind, int variants, long seed, Optional<List<AspectMention>> aspects) {
}
