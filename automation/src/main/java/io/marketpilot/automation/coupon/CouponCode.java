package io.marketpilot.automation.coupon;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A coupon code: 12 random characters and a check character, from an alphabet without look-alikes (no 0/O,
 * 1/I/L, nor U/V). 29^12 ≈ 3.5·10^17 codes, so guessing one is hopeless; the check character (weighted mod 29)
 * catches any single typo and any swap of neighbours before a lookup. Printed in groups, e.g.
 * {@code 7KQM-P3XW-H9RT-C}; read back with any case, spaces or dashes.
 */
public record CouponCode(String value) {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    private static final int RANDOM_CHARS = 12;

    public CouponCode {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("not a coupon code: " + value);
        }
    }

    /** A fresh code from {@code random} (a {@link java.security.SecureRandom} in production, seeded in tests). */
    public static CouponCode random(RandomGenerator random) {
        StringBuilder b = new StringBuilder(RANDOM_CHARS + 1);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        b.append(check(b));
        return new CouponCode(b.toString());
    }

    /** Reads what a customer typed; empty when it is not a well-formed code (wrong length, typo, alphabet). */
    public static Optional<CouponCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.replace("-", "").replace(" ", "").strip().toUpperCase(Locale.ROOT);
        return wellFormed(s) ? Optional.of(new CouponCode(s)) : Optional.empty();
    }

    /** The code grouped by four for printing. */
    public String display() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(value.charAt(i));
        }
        return b.toString();
    }

    private static boolean wellFormed(String s) {
        if (s.length() != RANDOM_CHARS + 1) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return check(s.substring(0, RANDOM_CHARS)) == s.charAt(RANDOM_CHARS);
    }

    /**
     * Weighted sum mod 29 (a prime, the alphabet's size): with weights 1..13 over all 13 characters the total must
     * be 0. A typo changes it by w·d and a swap of neighbours by ±d, never a multiple of 29.
     */
    private static char check(CharSequence body) {
        int n = ALPHABET.length();
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(body.charAt(i));
        }
        int inverseOf13 = 9; // 13 · 9 = 117 = 4 · 29 + 1
        return ALPHABET.charAt(Math.floorMod(-sum * inverseOf13, n));
    }

    @Override
    public String toString() {
        return value;
    }
}
