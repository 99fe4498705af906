package io.marketpilot.automation.segment;

/** One thing wrong with a definition: where ({@code $.condition.all[1].window}) and what, expected vs found. */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
