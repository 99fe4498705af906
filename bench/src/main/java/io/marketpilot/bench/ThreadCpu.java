package io.marketpilot.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time per OS thread from {@code /proc/self/task/<tid>/stat}, so native threads (DuckDB's workers, GC, the
 * JIT) are counted beside Java threads, which a Java profiler alone cannot do. Threads are grouped by their OS
 * name (the first 15 characters of a Java thread's name) with numbers removed; threads that DuckDB starts carry
 * the name of the thread that opened the database.
 */
final class ThreadCpu {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ: 100 on every Linux architecture in use

    private final Map<Long, Long> ticks;
    private final Map<Long, String> names;

    private ThreadCpu(Map<Long, Long> ticks, Map<Long, String> names) {
        this.ticks = ticks;
        this.names = names;
    }

    static ThreadCpu snapshot() {
        Map<Long, Long> ticks = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    ticks.put(tid, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime + stime
                    names.put(tid, stat.substring(open + 1, close));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return new ThreadCpu(Map.of(), Map.of());
        }
        return new ThreadCpu(ticks, names);
    }

    /** CPU seconds spent since {@code before}, by thread group, largest first (at most {@code limit} groups). */
    Map<String, Object> since(ThreadCpu before, int limit) {
        Map<String, Long> byGroup = new HashMap<>();
        for (Map.Entry<Long, Long> e : ticks.entrySet()) {
            long spent = e.getValue() - before.ticks.getOrDefault(e.getKey(), 0L);
            if (spent > 0) {
                byGroup.merge(group(names.get(e.getKey())), spent, Long::sum);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).forEach(e -> out.put(e.getKey(), Report.round(e.getValue() / TICKS_PER_SECOND, 2)));
        return out;
    }

    private static String group(String name) {
        return name.replaceAll("\\d+", "N").strip();
    }
}
