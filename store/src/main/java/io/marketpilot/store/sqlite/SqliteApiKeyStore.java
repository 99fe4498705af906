package io.marketpilot.store.sqlite;

import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.ApiKeyStore;
import io.marketpilot.core.access.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * API keys in {@code state.sqlite}. A secret is {@code mp_} + 32 url-safe characters (192 random bits from
 * {@link SecureRandom}); only its SHA-256 is stored, and authentication is one lookup of that hash in a
 * unique index. The key id is the secret's first 11 characters: enough to tell keys apart in logs and
 * listings, while the remaining 144 bits stay secret. Revoked keys stay in the table but no longer
 * authenticate or list.
 */
final class SqliteApiKeyStore implements ApiKeyStore {
    static final String PREFIX = "mp_";
    private static final int SECRET_LENGTH = PREFIX.length() + 32;
    private static final int ID_LENGTH = PREFIX.length() + 8;
    private static final String COLUMNS = "key_id, name, role, created_at";

    private final SqliteDb db;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SqliteApiKeyStore(SqliteDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public NewApiKey create(String name, Role role) {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an API key needs a name, got " + (name == null ? "null" : "a blank one"));
        }
        Instant now = clock.instant();
        return db.write("create API key", c -> {
            while (true) {
                String secret = newSecret();
                ApiKey key = new ApiKey(secret.substring(0, ID_LENGTH), name.strip(), role, now);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO api_keys (" + COLUMNS + ", secret_sha256)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    s.setString(1, key.id());
                    s.setString(2, key.name());
                    s.setString(3, role.wireName());
                    s.setString(4, now.toString());
                    s.setBytes(5, sha256(secret));
                    if (s.executeUpdate() == 1) { // 0: the 48-bit id prefix collided; draw again
                        return new NewApiKey(key, secret);
                    }
                }
            }
        });
    }

    @Override
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.length() != SECRET_LENGTH || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] hash = sha256(secret);
        return db.read("authenticate", c -> {
            PreparedStatement s = db.prepared("SELECT " + COLUMNS + " FROM api_keys"
                    + " WHERE secret_sha256 = ? AND revoked_at IS NULL");
            s.setBytes(1, hash);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(key(r)) : Optional.<ApiKey>empty();
            }
        });
    }

    @Override
    public List<ApiKey> list() {
        return db.read("list API keys", c -> {
            List<ApiKey> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM api_keys"
                    + " WHERE revoked_at IS NULL ORDER BY rowid");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(key(r));
                }
            }
            return out;
        });
    }

    @Override
    public boolean revoke(String id) {
        if (id == null) {
            return false;
        }
        String now = clock.instant().toString();
        return db.write("revoke API key", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL")) {
                s.setString(1, now);
                s.setString(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ApiKey key(ResultSet r) throws SQLException {
        Role role = Role.fromWire(r.getString(3)).orElseThrow(
                () -> new IllegalStateException("api_keys holds an unknown role"));
        return new ApiKey(r.getString(1), r.getString(2), role, Instant.parse(r.getString(4)));
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
