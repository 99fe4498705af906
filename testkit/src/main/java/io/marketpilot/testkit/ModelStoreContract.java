package io.marketpilot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.model.ModelStatus;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.StoredModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ModelStore}: implementations' tests extend this and implement {@link #open}. Covers
 * saving and reading versions here, and activation, status and pruning in {@link ModelRegistryContract}.
 */
public abstract class ModelStoreContract extends ModelRegistryContract {

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
    void listHasEveryVersionByNameThenVersionWithSizeAndProvenance() {
        models.save("b", bytes("x"), provenance("a"));
        models.save("a", bytes("yy"), provenance("b"));
        models.save("b", bytes("zzz"), provenance("c"));

        List<ModelVersion> list = models.list();

        assertThat(list).extracting(ModelVersion::label).containsExactly("a@1", "b@1", "b@2");
        assertThat(list).extracting(ModelVersion::size).containsExactly(2L, 1L, 3L);
        assertThat(list.get(2).provenance()).isEqualTo(provenance("c"));
        assertThat(list).allSatisfy(m -> {
            assertThat(m.savedAt()).isEqualTo(NOW);
            assertThat(m.status()).isEqualTo(ModelStatus.CANDIDATE);
            assertThat(m.note()).isEmpty();
        });
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
                    LongStream.rangeClosed(1, 40).boxed().toList());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void modelsSurviveReopening() {
        models.save("m", bytes("kept"), provenance("a"));

        reopen();

        assertThat(models.latest("m").orElseThrow().bytes()).isEqualTo(bytes("kept"));
        assertThat(models.save("m", bytes("next"), provenance("a")).version()).isEqualTo(2);
    }
}
