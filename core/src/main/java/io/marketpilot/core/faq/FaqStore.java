package io.marketpilot.core.faq;

import java.util.List;

/**
 * The FAQ. Contract: {@link #replaceAll} swaps the whole FAQ atomically and durably (ids must be unique);
 * {@link #list} returns the entries in the order they were given.
 */
public interface FaqStore {
    List<FaqEntry> list();

    /**
     * Replaces every entry.
     *
     * @throws IllegalArgumentException if two entries share an id; nothing changes
     */
    void replaceAll(List<FaqEntry> entries);
}
