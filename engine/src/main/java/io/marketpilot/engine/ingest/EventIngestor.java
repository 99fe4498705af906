package io.marketpilot.engine.ingest;

import io.marketpilot.core.event.Event;
import io.marketpilot.core.store.AppendResult;
import io.marketpilot.core.store.EventLog;
import io.marketpilot.data.cleaning.BotDetector;
import io.marketpilot.data.cleaning.CleanedEvents;
import io.marketpilot.data.cleaning.EventCleaner;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch of wire events in, durably stored: clean (normalise, validate, refunds, in-batch duplicates,
 * bots) → append (idempotent, durable) → flag the earlier events of newly detected bots.
 */
public final class EventIngestor {
    private final EventCleaner cleaner;
    private final BotDetector bots;
    private final EventLog log;
    private final int maxBatch;
    private final Listener listener;

    /** Told about every durably stored batch, so live state (recommendations) sees it at once. */
    public interface Listener {
        void stored(List<Event> events, Set<String> newBots);

        Listener NONE = (events, bots) -> { };
    }

    public EventIngestor(EventCleaner cleaner, BotDetector bots, EventLog log, int maxBatch) {
        this(cleaner, bots, log, maxBatch, Listener.NONE);
    }

    public EventIngestor(EventCleaner cleaner, BotDetector bots, EventLog log, int maxBatch, Listener listener) {
        this.cleaner = cleaner;
        this.bots = bots;
        this.log = log;
        this.maxBatch = maxBatch;
        this.listener = listener;
    }

    public IngestResult ingest(List<? extends Map<String, Object>> batch) {
        if (batch.size() > maxBatch) {
            throw new BatchTooLargeException(batch.size(), maxBatch);
        }
        CleanedEvents cleaned = cleaner.clean(batch, bots);
        AppendResult stored = log.append(cleaned.accepted());
        if (!cleaned.newBotActors().isEmpty()) {
            log.flagBots(cleaned.newBotActors());
        }
        listener.stored(cleaned.accepted(), cleaned.newBotActors());
        return new IngestResult(stored.appended(), stored.duplicates() + cleaned.duplicates(),
                Rejections.of(cleaned.rejections(), 0));
    }

    /** The actors already known as bots are remembered across restarts. */
    public static BotDetector rememberBots(BotDetector detector, EventLog log) {
        detector.markBots(log.botActors());
        return detector;
    }
}
