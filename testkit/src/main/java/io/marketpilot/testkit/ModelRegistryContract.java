package io.marketpilot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.model.Activation;
import io.marketpilot.core.model.ModelStatus;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.core.model.UnknownModelVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The registry half of the model-store contract: activation and its history, rollback, statuses and notes,
 * pruning, and concurrent activations. Extended by {@link ModelStoreContract}.
 */
public abstract class ModelRegistryContract extends ModelStoreFixture {

    @Test
    void nothingIsActiveUntilAVersionIsActivated() {
        saveVersions("m", 2);

        assertThat(models.active("m")).as("the engine falls back to latest").isEmpty();
        assertThat(models.activations("m")).isEmpty();
        assertThat(models.active("unknown")).isEmpty();
    }

    @Test
    void activationServesTheVersionWhileLatestStaysTheHighest() {
        saveVersions("m", 2);

        Activation a = models.activate("m", 1, "admin: first deployment");

        assertThat(a).isEqualTo(new Activation("m", 1, OptionalLong.empty(), "admin: first deployment", NOW));
        assertThat(models.active("m").orElseThrow().bytes()).isEqualTo(bytes("m@1"));
        assertThat(models.active("m").orElseThrow().provenance()).isEqualTo(provenance("a"));
        assertThat(models.latest("m").orElseThrow().version()).isEqualTo(2);
        assertThat(models.activations("m")).containsExactly(a);
    }

    @Test
    void promotionThenRollbackIsRecordedNewestFirst() {
        saveVersions("m", 3);
        models.activate("m", 1, "first");
        models.activate("m", 3, "trainer: better ndcg");

        long previous = models.activations("m").get(0).previous().orElseThrow();
        models.activate("m", previous, "admin: rollback, CTR dropped");

        assertThat(models.active("m").orElseThrow().version()).isEqualTo(1);
        assertThat(models.activations("m")).containsExactly(
                new Activation("m", 1, OptionalLong.of(3), "admin: rollback, CTR dropped", NOW),
                new Activation("m", 3, OptionalLong.of(1), "trainer: better ndcg", NOW),
                new Activation("m", 1, OptionalLong.empty(), "first", NOW));
        assertThat(statuses()).isEqualTo(Map.of(
                "m@1", ModelStatus.ACTIVE, "m@2", ModelStatus.CANDIDATE, "m@3", ModelStatus.RETIRED));
    }

    @Test
    void reactivatingTheActiveVersionIsRecordedToo() {
        saveVersions("m", 1);
        models.activate("m", 1, "first");

        models.activate("m", 1, "again");

        assertThat(models.activations("m")).extracting(Activation::previous)
                .containsExactly(OptionalLong.of(1), OptionalLong.empty());
        assertThat(statuses()).containsEntry("m@1", ModelStatus.ACTIVE);
    }

    @Test
    void activatingAnUnknownVersionFailsNamingTheSavedVersionsAndChangesNothing() {
        saveVersions("co-purchase", 3);
        models.activate("co-purchase", 2, "first");

        assertThatThrownBy(() -> models.activate("co-purchase", 7, "typo"))
                .isInstanceOf(UnknownModelVersionException.class)
                .hasMessage("co-purchase@7 does not exist; saved versions of co-purchase: 1-3");
        assertThatThrownBy(() -> models.activate("ghost", 1, "typo"))
                .hasMessage("ghost@1 does not exist; no version of ghost has been saved");

        assertThat(models.active("co-purchase").orElseThrow().version()).isEqualTo(2);
        assertThat(models.activations("co-purchase")).hasSize(1);
        assertThat(models.activations("ghost")).isEmpty();
    }

    @Test
    void anActivationNeedsAReason() {
        saveVersions("m", 1);

        assertThatThrownBy(() -> models.activate("m", 1, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThat(models.active("m")).isEmpty();
    }

    @Test
    void listShowsEachVersionsStatusAndCandidateNote() {
        saveVersions("a", 3);
        saveVersions("b", 1);
        models.activate("a", 1, "first");
        models.activate("a", 2, "better");
        models.markCandidate("a", 3, "ndcg@10 0.27 < 0.29 of a@2");

        Map<String, ModelVersion> byLabel = models.list().stream()
                .collect(Collectors.toMap(ModelVersion::label, Function.identity()));

        assertThat(statuses()).isEqualTo(Map.of("a@1", ModelStatus.RETIRED, "a@2", ModelStatus.ACTIVE,
                "a@3", ModelStatus.CANDIDATE, "b@1", ModelStatus.CANDIDATE));
        assertThat(byLabel.get("a@3").note()).contains("ndcg@10 0.27 < 0.29 of a@2");
        assertThat(byLabel.get("b@1").note()).isEmpty();
        assertThat(byLabel.get("a@2").note()).isEmpty();
    }

    @Test
    void onlyANeverActiveVersionCanBeMarkedACandidate() {
        saveVersions("m", 3);
        models.activate("m", 1, "first");
        models.activate("m", 2, "second");

        assertThatThrownBy(() -> models.markCandidate("m", 2, "worse")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("m@2").hasMessageContaining("ACTIVE");
        assertThatThrownBy(() -> models.markCandidate("m", 1, "worse")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("m@1").hasMessageContaining("RETIRED");
        assertThatThrownBy(() -> models.markCandidate("m", 9, "worse"))
                .isInstanceOf(UnknownModelVersionException.class).hasMessageContaining("m@9 does not exist");
        assertThatThrownBy(() -> models.markCandidate("m", 3, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(models.list()).allSatisfy(v -> assertThat(v.note()).isEmpty());
    }

    @Test
    void aMarkedCandidateKeepsItsLatestNoteAndCanStillBeActivated() {
        saveVersions("m", 1);
        models.markCandidate("m", 1, "worse than nothing?");
        models.markCandidate("m", 1, "coverage 2% < 5%");

        assertThat(models.list().get(0).note()).contains("coverage 2% < 5%");

        models.activate("m", 1, "admin: serve it anyway");

        assertThat(models.list().get(0).status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(models.list().get(0).note()).as("kept as history").contains("coverage 2% < 5%");
    }

    @Test
    void pruneKeepsTheNewestVersionsAndTheActiveOne() {
        saveVersions("m", 6);
        saveVersions("other", 2);
        models.activate("m", 2, "first");
        models.activate("m", 4, "second");
        models.activate("m", 2, "rollback");

        assertThat(models.prune("m", 2)).containsExactly(1L, 3L, 4L);

        assertThat(statuses()).containsOnlyKeys("m@2", "m@5", "m@6", "other@1", "other@2");
        assertThat(models.get("m", 4)).isEmpty();
        assertThat(models.active("m").orElseThrow().version()).isEqualTo(2);
        assertThat(models.latest("m").orElseThrow().version()).isEqualTo(6);
        assertThat(models.activations("m")).as("history is kept").hasSize(3);
        assertThatThrownBy(() -> models.activate("m", 4, "rollback")).isInstanceOf(UnknownModelVersionException.class)
                .hasMessage("m@4 does not exist; saved versions of m: 2, 5-6");
        assertThat(models.save("m", bytes("next"), provenance("a")).version()).as("never reused").isEqualTo(7);
    }

    @Test
    void pruneWithoutAnActiveVersionKeepsTheNewest() {
        saveVersions("m", 3);

        assertThat(models.prune("m", 1)).containsExactly(1L, 2L);
        assertThat(models.prune("m", 1)).isEmpty();
        assertThat(models.prune("unknown", 5)).isEmpty();
        assertThat(models.latest("m").orElseThrow().version()).isEqualTo(3);
        assertThatThrownBy(() -> models.prune("m", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
    }

    @Test
    void concurrentActivationsLeaveOneActiveVersionAndACompleteHistory() throws Exception {
        saveVersions("m", 2);
        int perThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long version = 1; version <= 2; version++) {
                long v = version;
                done.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        models.activate("m", v, "thread " + v + " #" + i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        List<Activation> history = models.activations("m");
        assertThat(history).hasSize(2 * perThread);
        assertThat(history).filteredOn(a -> a.version() == 1).hasSize(perThread);
        for (int i = 0; i + 1 < history.size(); i++) {
            assertThat(history.get(i).previous()).as("activation %d replaced the one before it", i)
                    .hasValue(history.get(i + 1).version());
        }
        assertThat(history.get(history.size() - 1).previous()).isEmpty();
        long active = models.active("m").orElseThrow().version();
        assertThat(active).isEqualTo(history.get(0).version());
        assertThat(statuses()).isEqualTo(Map.of("m@" + active, ModelStatus.ACTIVE,
                "m@" + (3 - active), ModelStatus.RETIRED));
    }

    @Test
    void theRegistrySurvivesReopening() {
        saveVersions("m", 3);
        models.activate("m", 1, "first");
        models.activate("m", 2, "second");
        models.markCandidate("m", 3, "worse");
        List<ModelVersion> list = models.list();
        List<Activation> history = models.activations("m");

        reopen();

        assertThat(models.list()).isEqualTo(list);
        assertThat(models.activations("m")).isEqualTo(history);
        assertThat(models.active("m").orElseThrow().bytes()).isEqualTo(bytes("m@2"));
    }

    /** Each saved version's status by {@code name@version}. */
    private Map<String, ModelStatus> statuses() {
        return models.list().stream().collect(Collectors.toMap(ModelVersion::label, ModelVersion::status));
    }
}
