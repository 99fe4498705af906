package io.marketpilot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

/**
 * Times one stage run on the calling thread: wall time, this thread's CPU, and the whole process's CPU (which
 * adds DuckDB's own threads, GC and the JIT). Reported per event, so stages of different sizes compare.
 */
final class StageClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wall0 = System.nanoTime();
    private final long thread0 = THREADS.getCurrentThreadCpuTime();
    private final long process0 = ProcessStats.cpuNanos();

    /** The stage's numbers for {@code events} events: µs per event (wall, thread CPU, process CPU) and events/s. */
    Map<String, Object> stop(long events) {
        long wall = System.nanoTime() - wall0;
        long thread = THREADS.getCurrentThreadCpuTime() - thread0;
        long process = ProcessStats.cpuNanos() - process0;
        Map<String, Object> out = Report.object();
        out.put("us_per_event", Report.round(wall / 1e3 / events, 2));
        out.put("thread_cpu_us_per_event", Report.round(thread / 1e3 / events, 2));
        out.put("process_cpu_us_per_event", Report.round(process / 1e3 / events, 2));
        out.put("events_per_s", Report.perSecond(events, wall));
        return out;
    }
}
