package io.marketpilot.features.profile;

/** The dictionaries one shop's profiles share: item ids, categories and brands. */
public record Vocabulary(Dictionary items, Dictionary categories, Dictionary brands) {
    public static Vocabulary create() {
        return new Vocabulary(new Dictionary(), new Dictionary(), new Dictionary());
    }
}
