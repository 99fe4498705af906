package io.marketpilot.core.id;

/** The one rule every typed id shares: non-blank, trimmed, at most {@link #MAX_LENGTH} chars. */
final class Ids {
    static final int MAX_LENGTH = 256;

    private Ids() {}

    static String requireValid(String value, String kind) {
        if (value == null) {
            throw new IllegalArgumentException(kind + " must not be null");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(kind + " must not be blank");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(kind + " must be at most " + MAX_LENGTH + " characters, got " + trimmed.length());
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i))) {
                throw new IllegalArgumentException(kind + " must not contain control characters (found U+%04X at %d)"
                        .formatted((int) trimmed.charAt(i), i));
            }
        }
        return trimmed;
    }
}
