package io.marketpilot.engine.insight;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.EventQuery;
import io.marketpilot.core.validation.FieldError;
import io.marketpilot.engine.ingest.IngestResult;
import io.marketpilot.nlp.aspect.AspectMention;
import io.marketpilot.nlp.aspect.ReviewAnalysis;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reviews in, insights out. {@link #submit} stores reviews as {@code review} events through the engine's ingest and
 * analyses the new ones at once (sentiment, aspects); analyses are kept in {@link ReviewAnalysisLog} and in memory
 * per item. Reviews that reached the event log another way (event batches, imports) are analysed on the next
 * {@link #insights} call. Thread-safe: one lock around analysis and the per-item lists.
 */
public final class ReviewInsights {
    private static final int BATCH = 128;

    private final NlpRuntime nlp;
    private final ReviewAnalysisLog log;
    private final EventLog events;
    private final Clock clock;
    private final Function<List<Map<String, Object>>, IngestResult> ingest;
    private final Map<String, List<AnalysedReview>> byItem = new HashMap<>();
    private final Set<String> analysed = new HashSet<>();
    private boolean loaded;

    public ReviewInsights(NlpRuntime nlp, Path logFile, EventLog events, Clock clock,
                          Function<List<Map<String, Object>>, IngestResult> ingest) {
        this.nlp = nlp;
        this.log = new ReviewAnalysisLog(logFile);
        this.events = events;
        this.clock = clock;
        this.ingest = ingest;
    }

    /** Validates, stores and analyses a batch of review wire records; rejections carry their batch index. */
    public ReviewSubmission submit(List<? extends Map<String, Object>> reviews) {
        List<IngestResult.Rejection> rejected = new ArrayList<>();
        List<Map<String, Object>> wires = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < reviews.size(); i++) {
            List<FieldError> problems = ReviewWire.problems(reviews.get(i));
            if (problems.isEmpty()) {
                wires.add(ReviewWire.toEvent(reviews.get(i), now));
                positions.add(i);
            } else {
                rejected.add(new IngestResult.Rejection(i, problems));
            }
        }
        IngestResult stored = wires.isEmpty() ? new IngestResult(0, 0, List.of()) : ingest.apply(wires);
        Set<Integer> failed = new HashSet<>();
        for (IngestResult.Rejection r : stored.rejected()) {
            int index = positions.get(Math.toIntExact(r.index()));
            failed.add(index);
            rejected.add(new IngestResult.Rejection(index, r.errors()));
        }
        rejected.sort(java.util.Comparator.comparingLong(IngestResult.Rejection::index));
        List<AnalysedReview> todo = new ArrayList<>();
        synchronized (this) {
            load();
            for (int k = 0; k < wires.size(); k++) {
                Map<String, Object> w = wires.get(k);
                String id = (String) w.get("event_id");
                if (!failed.contains(positions.get(k)) && !analysed.contains(id)) {
                    todo.add(new AnalysedReview(id, String.valueOf(w.get("item_id")),
                        ReviewWire.timestamp(w.get("timestamp"), now), (String) reviews.get(positions.get(k)).get("text"),
                        0, "", List.of()));
                }
            }
            analyse(todo);
        }
        return new ReviewSubmission(new IngestResult(stored.accepted(), stored.duplicates(), rejected), todo.size());
    }

    /** Insights of one item over every review stored for it (catching up on reviews not yet analysed). */
    public synchronized ItemInsights insights(String itemId) {
        load();
        catchUp();
        return ItemInsights.of(itemId, byItem.getOrDefault(itemId, List.of()));
    }

    /** Every analysed review of an item, oldest first. */
    public synchronized List<AnalysedReview> reviews(String itemId) {
        load();
        return List.copyOf(byItem.getOrDefault(itemId, List.of()));
    }

    private void load() {
        if (!loaded) {
            log.readAll().forEach(this::remember);
            loaded = true;
        }
    }

    private void catchUp() {
        List<AnalysedReview> todo = new ArrayList<>();
        events.scan(EventQuery.ofTypes(Set.of(EventType.REVIEW)), (Event e) -> {
            Object text = e.properties().get("text");
            if (!analysed.contains(e.id().value()) && text instanceof String s && !s.isBlank() && e.itemId() != null) {
                todo.add(new AnalysedReview(e.id().value(), e.itemId().value(), e.timestamp(), s, 0, "", List.of()));
            }
        });
        analyse(todo);
    }

    private void analyse(List<AnalysedReview> todo) {
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<AnalysedReview> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            List<ReviewAnalysis> results = nlp.aspects().analyseAll(batch.stream().map(AnalysedReview::text).toList());
            List<AnalysedReview> done = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                AnalysedReview r = batch.get(i);
                ReviewAnalysis a = results.get(i);
                List<AnalysedReview.Mention> mentions = new ArrayList<>();
                for (AspectMention m : a.aspects()) {
                    mentions.add(new AnalysedReview.Mention(m.aspect().code(), name(m.polarity()), m.clause()));
                }
                done.add(new AnalysedReview(r.eventId(), r.itemId(), r.timestamp(), r.text(),
                    a.sentiment().positiveProbability(), name(a.sentiment().polarity()), mentions));
            }
            log.append(done);
            done.forEach(this::remember);
        }
    }

    private void remember(AnalysedReview r) {
        if (analysed.add(r.eventId())) {
            byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r);
        }
    }

    private static String name(Enum<?> polarity) {
        return polarity.name().toLowerCase(Locale.ROOT);
    }
}
