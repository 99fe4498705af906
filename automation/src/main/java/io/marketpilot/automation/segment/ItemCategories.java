package io.marketpilot.automation.segment;

import java.util.Set;
import java.util.function.BiConsumer;

/** The catalogue as conditions see it: every level of an item's category path; empty for unknown items. */
public interface ItemCategories {
    Set<String> of(String itemId);

    /** Every item with its categories (the batch evaluator loads those of the categories it needs). */
    void forEachItem(BiConsumer<String, Set<String>> sink);
}
