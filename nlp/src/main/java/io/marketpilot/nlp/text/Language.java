package io.marketpilot.nlp.text;

import java.util.Locale;

/** The language of a text as far as the pipeline cares: Chinese, English, both, or no letters at all. */
public enum Language {
    ZH, EN, MIXED, UNKNOWN;

    /** The lower-case wire name ({@code zh}, {@code en}, {@code mixed}, {@code unknown}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
