package io.marketpilot.features.identity;

import io.marketpilot.core.event.Event;
import java.util.function.Consumer;

/** Streams the stored events in timestamp order (the event log) so profiles can be rebuilt exactly. */
@FunctionalInterface
public interface EventReplay {
    void replay(Consumer<Event> sink);
}
