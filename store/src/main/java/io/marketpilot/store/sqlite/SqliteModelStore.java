package io.marketpilot.store.sqlite;

import io.marketpilot.core.model.Activation;
import io.marketpilot.core.model.ModelStatus;
import io.marketpilot.core.model.ModelStore;
import io.marketpilot.core.model.ModelVersion;
import io.marketpilot.core.model.Provenance;
import io.marketpilot.core.model.StoredModel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The model registry in {@code state.sqlite}: versions in {@code models}, the activation history in
 * {@code activations}. Every change runs in one immediate transaction that first checks what it relies on
 * (the next version number, that the version exists, which version is active), so concurrent saves never
 * share a version and concurrent activations each record the version they really replaced.
 */
final class SqliteModelStore implements ModelStore {
    private final SqliteDb db;
    private final Clock clock;

    SqliteModelStore(SqliteDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public StoredModel save(String name, byte[] bytes, Provenance provenance) {
        requireText(name, "a model needs a name");
        Objects.requireNonNull(bytes, "bytes");
        String json = ProvenanceDocs.toJson(Objects.requireNonNull(provenance, "provenance"));
        Instant now = clock.instant();
        long version = db.write("save model " + name, c -> ModelRows.insert(c, name, bytes, json, now));
        return new StoredModel(name, version, bytes.clone(), provenance, now);
    }

    @Override
    public Optional<StoredModel> latest(String name) {
        return db.read("read model " + name, c -> ModelRows.latest(c, name));
    }

    @Override
    public Optional<StoredModel> get(String name, long version) {
        return db.read("read model " + name + "@" + version, c -> ModelRows.get(c, name, version));
    }

    @Override
    public List<ModelVersion> list() {
        return db.read("list models", ModelRows::list);
    }

    @Override
    public Activation activate(String name, long version, String reason) {
        requireText(reason, "an activation needs a reason (who and why)");
        Instant now = clock.instant();
        return db.write("activate " + name + "@" + version, c -> {
            ModelRows.status(c, name, version); // fails if the version does not exist
            Activation a = new Activation(name, version, ActivationRows.current(c, name), reason, now);
            ActivationRows.append(c, a);
            return a;
        });
    }

    @Override
    public Optional<StoredModel> active(String name) {
        return db.read("read active model " + name, c -> {
            OptionalLong version = ActivationRows.current(c, name);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            // prune never deletes the active version, so a missing row means the file was edited by hand
            return Optional.of(ModelRows.get(c, name, version.getAsLong()).orElseThrow(() -> new IllegalStateException(
                    name + "@" + version.getAsLong() + " is active but its row in models is missing")));
        });
    }

    @Override
    public List<Activation> activations(String name) {
        return db.read("read activations of " + name, c -> ActivationRows.history(c, name));
    }

    @Override
    public void markCandidate(String name, long version, String note) {
        requireText(note, "a candidate's note says why it was not activated");
        db.write("mark " + name + "@" + version + " a candidate", c -> {
            ModelStatus status = ModelRows.status(c, name, version);
            if (status != ModelStatus.CANDIDATE) {
                throw new IllegalStateException("cannot mark " + name + "@" + version + " a candidate: it is "
                        + status + "; only a version that was never active is a candidate");
            }
            ModelRows.setNote(c, name, version, note);
            return null;
        });
    }

    @Override
    public List<Long> prune(String name, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("prune keeps at least the newest version: keep must be >= 1, got " + keep);
        }
        return db.write("prune models " + name, c -> {
            List<Long> versions = ModelRows.versions(c, name);
            OptionalLong active = ActivationRows.current(c, name);
            List<Long> doomed = versions.subList(0, Math.max(0, versions.size() - keep)).stream()
                    .filter(v -> active.isEmpty() || v != active.getAsLong())
                    .toList();
            ModelRows.delete(c, name, doomed);
            return doomed;
        });
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + ", got " + (value == null ? "null" : "a blank one"));
        }
    }
}
