package io.marketpilot.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Function words that carry no topic, for Chinese and English: our own lists in {@code stopwords-zh.txt} and
 * {@code stopwords-en.txt} (one word a line, {@code #} comments).
 */
public final class StopWords {
    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled Chinese and English lists. */
    public static StopWords bundled() {
        Set<String> all = new HashSet<>();
        load("stopwords-zh.txt", all);
        load("stopwords-en.txt", all);
        return new StopWords(all);
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    public int size() {
        return words.size();
    }

    private static void load(String name, Set<String> into) {
        try (InputStream in = StopWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stop-word list " + name + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    into.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop-word list " + name, e);
        }
    }
}
