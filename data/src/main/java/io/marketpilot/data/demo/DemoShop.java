package io.marketpilot.data.demo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A generated demo shop: where its files are and what they hold.
 *
 * @param seed         the seed it was generated from
 * @param directory    the directory holding the four files
 * @param eventsByType event count per type, in {@link DemoEventType} order, every type present
 */
public record DemoShop(long seed, Path directory, Path items, Path customers, Path events, Path truth,
                       int itemCount, int customerCount, long eventCount,
                       Map<DemoEventType, Long> eventsByType) {

    public DemoShop {
        EnumMap<DemoEventType, Long> all = new EnumMap<>(DemoEventType.class);
        for (DemoEventType type : DemoEventType.values()) {
            all.put(type, eventsByType.getOrDefault(type, 0L));
        }
        eventsByType = Collections.unmodifiableMap(all);
    }

    /** How many events of {@code type} were written. */
    public long count(DemoEventType type) {
        return eventsByType.get(type);
    }
}
