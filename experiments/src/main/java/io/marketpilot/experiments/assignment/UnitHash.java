package io.marketpilot.experiments.assignment;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit MurmurHash3-style hash (one 64-bit lane, fmix64 finaliser) of (salt, unit), mapped to a position in
 * [0, 1) from its top 53 bits. Stable across JVMs and versions: changing it would move every running unit.
 */
public final class UnitHash {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private UnitHash() {
    }

    /** The position of {@code unit} under {@code salt}, uniform in [0, 1). */
    public static double position(String salt, String unit) {
        return (hash64(salt + '\u0000' + unit) >>> 11) * 0x1.0p-53;
    }

    public static long hash64(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long h = 0x9368e53c2f6af274L ^ bytes.length;
        int blocks = bytes.length / 8;
        for (int b = 0; b < blocks; b++) {
            long k = 0;
            for (int i = 7; i >= 0; i--) {
                k = (k << 8) | (bytes[b * 8 + i] & 0xffL);
            }
            h ^= mixKey(k);
            h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
        }
        long tail = 0;
        for (int i = bytes.length - 1; i >= blocks * 8; i--) {
            tail = (tail << 8) | (bytes[i] & 0xffL);
        }
        h ^= mixKey(tail);
        return fmix64(h);
    }

    private static long mixKey(long k) {
        k *= C1;
        k = Long.rotateLeft(k, 31);
        return k * C2;
    }

    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
