package io.marketpilot.nlp.sentiment;

import java.util.Objects;

/**
 * One labelled text of a sentiment corpus.
 *
 * @param id       stable id: source and 1-based data row, e.g. {@code osc:1042}, {@code uci-imdb:7}, {@code htl:12}
 * @param text     the text as published (a leading BOM removed)
 * @param positive the label
 * @param group    the stratum: product category for online_shopping_10_cats, the source name otherwise
 */
public record LabelledText(String id, String text, boolean positive, String group) {
    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(group, "group");
    }

    /** The source part of the id ({@code osc}, {@code uci-amazon}, …). */
    public String source() {
        return id.substring(0, id.indexOf(':'));
    }

    /** The text with whitespace collapsed and trimmed: what de-duplication compares. */
    public String dedupKey() {
        return text.strip().replaceAll("\\s+", " ");
    }
}
