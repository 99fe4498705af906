package io.marketpilot.automation.journey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic assignment in a split: the holdout decision hashes (journey, customer), so a customer held out of
 * a journey stays held out on every entry and version; the arm hashes (journey, step, customer).
 */
final class Splits {
    static final String HOLDOUT = "holdout";

    private Splits() {}

    /** The arm name for this customer: {@link #HOLDOUT} or one of the split's arms. */
    static String arm(JourneyId journey, String customerKey, Step.Split split) {
        if (unit(journey.value() + "\u0000" + customerKey) * 100 < split.holdoutPercent()) {
            return HOLDOUT;
        }
        int total = split.arms().stream().mapToInt(Step.Arm::weight).sum();
        double u = unit(journey.value() + "\u0000" + split.id() + "\u0000" + customerKey) * total;
        double cumulative = 0;
        for (Step.Arm arm : split.arms()) {
            cumulative += arm.weight();
            if (u < cumulative) {
                return arm.name();
            }
        }
        return split.arms().getLast().name();
    }

    /** A uniform number in [0, 1) from the text's SHA-256. */
    static double unit(String text) {
        byte[] h = sha256(text);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (h[i] & 0xff);
        }
        return (bits >>> 11) * 0x1.0p-53;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
