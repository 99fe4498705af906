package io.marketpilot.data.cleaning;

import io.marketpilot.core.event.Event;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of cleaning a batch of events.
 *
 * @param accepted      valid events in input order, bot-flagged where their actor is a bot
 * @param rejections    invalid records with their batch index and field errors
 * @param duplicates    events dropped because an earlier event of the batch had the same id
 * @param newBotActors  actor keys ({@link Event#actorKey()}) first flagged during this batch: the caller should
 *                      flag their already stored events too; in the order they were detected
 */
public record CleanedEvents(List<Event> accepted, List<Rejection> rejections, int duplicates, Set<String> newBotActors) {
    public CleanedEvents {
        accepted = List.copyOf(accepted);
        rejections = List.copyOf(rejections);
        newBotActors = Collections.unmodifiableSet(new LinkedHashSet<>(newBotActors)); // keeps detection order
    }
}
