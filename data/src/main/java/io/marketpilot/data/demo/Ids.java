package io.marketpilot.data.demo;

/** The demo shop's id format: a prefix and a zero-padded 1-based number, e.g. {@code sku-00042}. */
final class Ids {

    static final int ITEM_WIDTH = 5;
    static final int USER_WIDTH = 6;
    static final int EVENT_WIDTH = 7;

    static String of(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
        id.append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    static String item(int index) {
        return of("sku-", index + 1L, ITEM_WIDTH);
    }

    static String user(int index) {
        return of("u-", index + 1L, USER_WIDTH);
    }

    private Ids() {
    }
}
