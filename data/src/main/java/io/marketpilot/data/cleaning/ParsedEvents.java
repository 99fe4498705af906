package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.Event;
import java.util.List;
import java.util.Set;

/**
 * A batch after every cleaning step but bot detection ({@link EventCleaner#parse}).
 *
 * @param accepted   valid events in input order, first sightings of their ids
 * @param rejections invalid records with their batch index and field errors
 * @param duplicates events dropped because an earlier event of the batch had the same id
 */
public record ParsedEvents(List<Event> accepted, List<Rejection> rejections, int duplicates) {
    /** The last step: the detector observes the events (batches in order) and marks those of bots. */
    public CleanedEvents flagBots(BotDetector bots) {
        Set<String> newBots = bots.observe(accepted);
        return new CleanedEvents(bots.markedAsBots(accepted), rejections, duplicates, newBots);
    }
}
