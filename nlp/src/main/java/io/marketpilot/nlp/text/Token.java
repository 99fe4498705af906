package io.marketpilot.nlp.text;

/** One segmented word with HanLP's part-of-speech tag ({@code n}, {@code v}, {@code nr}, {@code nx}, …). */
public record Token(String word, String pos) {
}
