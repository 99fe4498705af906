package io.marketpilot.nlp.copy;

import java.util.List;

/**
 * One version of the copy: its A/B label ({@code A}, {@code B}, …), headline (the e-mail subject for e-mails), body,
 * who wrote it ({@code template} or {@code llm}) and the item facts it states ({@code price}, {@code brand},
 * {@code attribute:color}, {@code aspect:quality} …).
 */
public record CopyVariant(String label, String headline, String body, String source, List<String> facts) {
    public CopyVariant {
        facts = List.copyOf(facts);
    }

    public String text() {
        return headline + "\n" + body;
    }
}
