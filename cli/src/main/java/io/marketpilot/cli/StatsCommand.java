package io.marketpilot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.event.EventType;
import io.marketpilot.core.store.EventStats;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.EngineStats;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats [--json]}: what the stores hold. The JSON keys are a stable, machine-readable contract. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Shows counts of events by type, items, customers and the time range of the events.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Option(names = "--json", description = "Print one JSON object (stable key names) instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        EngineStats stats;
        try (Engine engine = data.openExisting()) {
            stats = engine.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(asJson(stats)));
        } else {
            printTable(out, stats);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The JSON shape: {@code {"events":{"total","by_type":{every type, zeros included},"actors","bot_events",
     * "first","last"},"items","customers"}}; times are ISO-8601 UTC or null when there are no events.
     */
    static Map<String, Object> asJson(EngineStats stats) {
        EventStats e = stats.events();
        Map<String, Object> byType = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            byType.put(t.wireName(), e.byType().getOrDefault(t, 0L));
        }
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("total", e.total());
        events.put("by_type", byType);
        events.put("actors", e.actors());
        events.put("bot_events", e.botEvents());
        events.put("first", iso(e.first()));
        events.put("last", iso(e.last()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("events", events);
        root.put("items", stats.items());
        root.put("customers", stats.customers());
        return root;
    }

    private static void printTable(PrintWriter out, EngineStats stats) {
        EventStats e = stats.events();
        out.printf(Locale.ROOT, "%-20s %,14d%n", "events", e.total());
        for (EventType t : EventType.values()) {
            long n = e.byType().getOrDefault(t, 0L);
            if (n > 0) {
                out.printf(Locale.ROOT, "  %-18s %,14d%n", t.wireName(), n);
            }
        }
        out.printf(Locale.ROOT, "%-20s %,14d%n", "actors", e.actors());
        out.printf(Locale.ROOT, "%-20s %,14d%n", "bot events", e.botEvents());
        out.printf(Locale.ROOT, "%-20s %,14d%n", "items", stats.items());
        out.printf(Locale.ROOT, "%-20s %,14d%n", "customers", stats.customers());
        out.printf(Locale.ROOT, "%-20s %s%n", "time range",
                e.first() == null ? "(no events)" : e.first() + " … " + e.last());
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
