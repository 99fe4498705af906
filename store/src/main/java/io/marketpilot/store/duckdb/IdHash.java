package io.marketpilot.store.duckdb;

/**
 * The stable 64-bit hash of an event id, stored in {@code events.id_hash}. It is part of the file format:
 * changing it needs a migration that recomputes the column. Collisions are harmless (they are confirmed by
 * query) but rare: 64 bits over the UTF-16 chars with a per-char multiply-xorshift and a final avalanche.
 */
final class IdHash {
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private IdHash() {}

    static long of(String id) {
        long h = MULTIPLIER ^ id.length();
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * MULTIPLIER;
            h ^= h >>> 29;
        }
        // MurmurHash3 fmix64
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
