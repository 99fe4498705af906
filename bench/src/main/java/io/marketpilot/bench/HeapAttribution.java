package io.marketpilot.bench;

import io.marketpilot.core.store.EventLog;
import io.marketpilot.core.store.LogQuery;
import io.marketpilot.engine.Engine;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.management.ObjectName;

/**
 * Who holds an engine's live heap: the heap in use before and after a full collection (the difference is garbage),
 * then {@link Footprint} walks of the engine's parts, most specific first (each object counts once, for the first
 * part that reaches it): the event log's id-hash set, the segments' online state, the profiles, the rest of each
 * engine field. What no walk reaches (JDK internals, class metadata is off-heap) is the unattributed rest. Beside it
 * the JVM's own class histogram (top classes) as a check that does not depend on the walker, and DuckDB's native
 * memory ({@code duckdb_memory()}), which is off the Java heap.
 */
final class HeapAttribution {
    /** Parts walked first, as field paths from the engine; the rest of the engine's fields follow in their order. */
    private static final List<String> PARTS = List.of("stores.events.ids", "segments.live.state",
            "segments.live.timers", "profiles.book", "profiles.vocabulary", "recommender", "stores.events", "stores");
    private static final int TOP_CLASSES = 25;

    private HeapAttribution() {}

    static Map<String, Object> of(Engine engine, long customers) {
        Map<String, Object> out = new LinkedHashMap<>();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        System.gc();
        long live = rt.totalMemory() - rt.freeMemory();
        out.put("heap_used_before_gc_mb", mb(before));
        out.put("heap_live_mb", mb(live));
        out.put("garbage_mb", mb(Math.max(0, before - live)));
        Footprint walker = new Footprint();
        walker.exclude(engine); // its fields are walked one by one below
        Map<String, Object> parts = new LinkedHashMap<>();
        long walked = 0;
        for (String path : PARTS) {
            Optional<Object> part = field(engine, path);
            if (part.isPresent()) {
                long bytes = walker.of(part.get());
                walked += bytes;
                parts.put(path, part(bytes, customers));
            }
        }
        for (Field f : Engine.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                long bytes = walker.of(read(engine, f));
                walked += bytes;
                boolean walkedBefore = PARTS.stream().anyMatch(p -> p.equals(f.getName())
                        || p.startsWith(f.getName() + "."));
                parts.put(f.getName() + (walkedBefore ? " (rest)" : ""), part(bytes, customers));
            }
        }
        out.put("walked", parts);
        out.put("walked_total_mb", mb(walked));
        out.put("unattributed_mb", mb(live - walked));
        out.put("top_classes", topClasses());
        out.put("duckdb_memory", duckDbMemory(engine));
        out.put("rss_mb", Math.round(ProcessStats.rssMb()));
        return out;
    }

    private static Map<String, Object> part(long bytes, long customers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mb", mb(bytes));
        m.put("bytes_per_customer", bytes / Math.max(1, customers));
        return m;
    }

    private static double mb(long bytes) {
        return Report.round(bytes / 1e6, 1);
    }

    /** A field path ("stores.events.ids") from the engine through private fields or no-argument accessors. */
    private static Optional<Object> field(Object root, String path) {
        Object o = root;
        for (String name : path.split("\\.")) {
            Object next = null;
            for (Class<?> c = o.getClass(); c != null && next == null; c = c.getSuperclass()) {
                try {
                    next = read(o, c.getDeclaredField(name));
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            o = next;
        }
        return Optional.of(o);
    }

    private static Object read(Object o, Field f) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    /** The JVM's class histogram of live objects (it runs a full collection), first {@link #TOP_CLASSES} rows. */
    private static List<String> topClasses() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            List<String> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.startsWith("Total"))
                        && (rows.size() < TOP_CLASSES || t.startsWith("Total"))) {
                    rows.add(t.replaceAll("\\s+", " "));
                }
            }
            return rows;
        } catch (Exception e) {
            return List.of("unavailable: " + e);
        }
    }

    /** DuckDB's own accounting of its native memory, by tag (MB), read through the event log's query path. */
    private static Map<String, Object> duckDbMemory(Engine engine) {
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<Object> log = field(engine, "stores.events");
        if (log.isPresent() && log.get() instanceof EventLog events) {
            try {
                events.query(new LogQuery("SELECT tag, memory_usage_bytes, temporary_storage_bytes"
                        + " FROM duckdb_memory() WHERE memory_usage_bytes > 0 OR temporary_storage_bytes > 0", null),
                        row -> out.put(row.text(0), mb(row.integer(1)) + (row.integer(2) > 0
                                ? " (+" + mb(row.integer(2)) + " spilled)" : "")));
                events.query(new LogQuery("SELECT current_setting('memory_limit')", null),
                        row -> out.put("memory_limit", row.text(0)));
            } catch (RuntimeException e) {
                out.put("error", e.getMessage());
            }
        }
        return out;
    }
}
