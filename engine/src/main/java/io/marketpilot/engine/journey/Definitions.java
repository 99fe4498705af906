package io.marketpilot.engine.journey;

import io.marketpilot.automation.journey.JourneyCatalogue;
import io.marketpilot.automation.journey.JourneyDefinition;
import io.marketpilot.automation.journey.JourneyParser;
import io.marketpilot.automation.journey.ParsedJourney;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * Every saved version of every journey, parsed once and kept in memory (runs finish on the version they entered,
 * so old versions stay loaded), with each journey's status. Loaded from {@code state.sqlite} at start.
 */
final class Definitions {
    /** One journey: its row and its parsed versions. */
    record Journey(DefinitionTable.Row row, TreeMap<Integer, JourneyDefinition> versions) {
        JourneyDefinition latest() {
            return versions.get(row.latest());
        }
    }

    private final Map<String, Journey> journeys = new ConcurrentHashMap<>();

    /** Parses stored versions (against an open catalogue: names were checked when saved). */
    void load(List<DefinitionTable.Row> rows, List<DefinitionTable.Version> versions, ZoneId shopZone) {
        JourneyCatalogue stored = new JourneyCatalogue(true, shopZone, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), Map.of());
        Map<String, TreeMap<Integer, JourneyDefinition>> parsed = new java.util.HashMap<>();
        for (DefinitionTable.Version v : versions) {
            ParsedJourney p = new JourneyParser().parse(Json.read(v.doc()), stored);
            if (p instanceof ParsedJourney.Valid valid) {
                JourneyDefinition d = valid.definition();
                parsed.computeIfAbsent(v.id(), k -> new TreeMap<>()).put(v.version(),
                        d.version() == v.version() ? d : d.withVersion(v.version()));
            } else {
                LoggerFactory.getLogger(Definitions.class).warn("journey {} v{} no longer parses, its runs wait: {}",
                        v.id(), v.version(), p.problems());
            }
        }
        for (DefinitionTable.Row r : rows) {
            TreeMap<Integer, JourneyDefinition> vs = parsed.getOrDefault(r.id(), new TreeMap<>());
            if (vs.containsKey(r.latest())) {
                journeys.put(r.id(), new Journey(r, vs));
            }
        }
    }

    Optional<Journey> journey(String id) {
        return Optional.ofNullable(journeys.get(id));
    }

    Optional<JourneyDefinition> version(String id, int version) {
        Journey j = journeys.get(id);
        return j == null ? Optional.empty() : Optional.ofNullable(j.versions().get(version));
    }

    void put(DefinitionTable.Row row, JourneyDefinition d) {
        journeys.compute(row.id(), (k, old) -> {
            TreeMap<Integer, JourneyDefinition> vs = old == null ? new TreeMap<>() : new TreeMap<>(old.versions());
            vs.put(d.version(), d);
            return new Journey(row, vs);
        });
    }

    void status(String id, JourneyStatus status, java.time.Instant at) {
        journeys.computeIfPresent(id, (k, j) -> new Journey(new DefinitionTable.Row(j.row().id(), j.row().name(),
                status, j.row().latest(), at), j.versions()));
    }

    boolean active(String id) {
        Journey j = journeys.get(id);
        return j != null && j.row().status() == JourneyStatus.ACTIVE;
    }

    /** The latest versions of the active journeys: what new customers enter. */
    List<JourneyDefinition> activeLatest() {
        List<JourneyDefinition> out = new ArrayList<>();
        for (Journey j : journeys.values()) {
            if (j.row().status() == JourneyStatus.ACTIVE) {
                out.add(j.latest());
            }
        }
        out.sort(java.util.Comparator.comparing(d -> d.id().value()));
        return out;
    }

    List<String> activeIds() {
        return activeLatest().stream().map(d -> d.id().value()).toList();
    }

    List<Journey> all() {
        return journeys.values().stream().sorted(java.util.Comparator.comparing(j -> j.row().id())).toList();
    }
}
