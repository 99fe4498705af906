package io.marketpilot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.StoredModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link ModelStore}: implementations' tests extend this and implement {@link #open}. */
public abstract class ModelStoreContract {
    protected static final Instant NOW = Instant.parse("2026-03-02T10:00:00.5Z");
    protected static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    protected Path dir;
    private StoreHandle<ModelStore> handle;
    protected ModelStore models;

    /** Opens the store kept in {@code dir}, stamping saves with {@code clock}. */
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

    static Provenance provenance(String algorithm) {
        return new Provenance(algorithm, Map.of("factors", "64", "reg", "0.01"), "sha256:abc", 42L, "0.1.0",
                Instant.parse("2026-03-01T08:00:00.123Z"), Map.of("ndcg@10", 0.3125, "auc", Double.NaN));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void savesGetIncreasingVersionsPerName() {
        assertThat(models.save("co-purchase", bytes("v1"), provenance("item-knn")).version()).isEqualTo(1);
        assertThat(models.save("co-purchase", bytes("v2"), provenance("item-knn")).version()).isEqualTo(2);
        assertThat(models.save("ctr", bytes("c1"), provenance("lr")).version()).isEqualTo(1);
    }

    @Test
    void latestIsTheHighestVersionWithItsBytesAndProvenance() {
        models.save("co-purchase", bytes("v1"), provenance("a"));
        StoredModel saved = models.save("co-purchase", bytes("v2"), provenance("b"));

        StoredModel latest = models.latest("co-purchase").orElseThrow();

        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.bytes()).isEqualTo(bytes("v2"));
        assertThat(latest.provenance()).isEqualTo(provenance("b"));
        assertThat(latest.savedAt()).isEqualTo(NOW).isEqualTo(saved.savedAt());
        assertThat(models.latest("unknown")).isEmpty();
    }

    @Test
    void olderVersionsStayReadable() {
        models.save("m", bytes("one"), provenance("a"));
        models.save("m", bytes("two"), provenance("a"));

        assertThat(models.get("m", 1).orElseThrow().bytes()).isEqualTo(bytes("one"));
        assertThat(models.get("m", 3)).isEmpty();
        assertThat(models.get("other", 1)).isEmpty();
    }

    @Test
    void provenanceWithAbsentOptionalFieldsRoundTrips() {
        Provenance sparse = new Provenance("popularity", Map.of(), null, 0L, null, null, Map.of());

        models.save("pop", new byte[0], sparse);

        StoredModel read = models.latest("pop").orElseThrow();
        assertThat(read.provenance()).isEqualTo(sparse);
        assertThat(read.bytes()).isEmpty();
    }

    @Test
    void listHasNamesAndVersionsWithoutBytes() {
        models.save("b", bytes("x"), provenance("a"));
        models.save("a", bytes("y"), provenance("a"));
        models.save("b", bytes("z"), provenance("a"));

        List<StoredModel> list = models.list();

        assertThat(list).extracting(m -> m.name() + "@" + m.version()).containsExactly("a@1", "b@1", "b@2");
        assertThat(list).allSatisfy(m -> assertThat(m.bytes()).isEmpty());
    }

    @Test
    void concurrentSavesGetDistinctVersions() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<Long>> versions = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                byte[] payload = bytes("model-" + i);
                versions.add(executor.submit(() -> models.save("m", payload, provenance("a")).version()));
            }
            List<Long> got = new ArrayList<>();
            for (Future<Long> v : versions) {
                got.add(v.get(30, TimeUnit.SECONDS));
            }
            assertThat(got).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void modelsSurviveReopening() {
        models.save("m", bytes("kept"), provenance("a"));

        handle.close();
        openStore();

        assertThat(models.latest("m").orElseThrow().bytes()).isEqualTo(bytes("kept"));
        assertThat(models.save("m", bytes("next"), provenance("a")).version()).isEqualTo(2);
    }
}
