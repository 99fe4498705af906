package io.marketpilot.testkit;

import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.Provenance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@link ModelStore} per test, stamped by a fixed clock so that time never orders anything, and the
 * helpers of the model-store contract ({@link ModelStoreContract}, {@link ModelRegistryContract}).
 */
public abstract class ModelStoreFixture {
    protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00.5Z");
    protected static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    protected Path dir;
    private StoreHandle<ModelStore> handle;
    protected ModelStore models;

    /** Opens the store kept in {@code dir}, stamping saves and activations with {@code clock}. */
    protected abstract StoreHandle<ModelStore> open(Path dir, Clock clock);

    @BeforeEach
    void openStore() {
        handle = open(dir, CLOCK);
        models = handle.store();
    }

    @AfterEach
    void closeStore() {
        handle.close();
    }

    /** Closes the store and opens it again from {@code dir}. */
    protected void reopen() {
        handle.close();
        openStore();
    }

    protected static Provenance provenance(String algorithm) {
        return new Provenance(algorithm, Map.of("factors", "64", "reg", "0.01"), "sha256:abc", 42L, "0.1.0",
                Instant.parse("2026-03-01T08:00:00.123Z"), Map.of("ndcg@10", 0.3125, "auc", Double.NaN));
    }

    protected static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Saves versions 1..n of {@code name}, whose bytes are {@code name@version}. */
    protected void saveVersions(String name, int n) {
        LongStream.rangeClosed(1, n).forEach(v -> models.save(name, bytes(name + "@" + v), provenance("a")));
    }
}
