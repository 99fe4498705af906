package io.marketpilot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this process costs: resident memory from {@code /proc/self/status} (VmHWM is the peak, VmRSS the current;
 * they include DuckDB's native memory, which the JVM's own counters miss), Java heap from the memory beans, and
 * CPU time of all threads, native ones included.
 */
final class ProcessStats {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessStats() {}

    /** Peak resident set size in MiB (VmHWM), or -1 where /proc is missing. */
    static double peakRssMb() {
        return statusKb("VmHWM:") / 1024.0;
    }

    static double rssMb() {
        return statusKb("VmRSS:") / 1024.0;
    }

    /**
     * Starts a new peak: VmHWM restarts from the current RSS (Linux: "5" into clear_refs), and the heap pools'
     * peaks are reset. Returns false when the kernel refused, then the peak includes what came before.
     */
    static boolean resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static double heapUsedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /** Heap in use right after a full collection: what the engine really keeps (call only outside timed phases). */
    static double heapLiveMb() {
        System.gc();
        return heapUsedMb();
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap ever in use at once. */
    static double heapPeakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    static double heapMaxMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576.0;
    }

    /** CPU time of the whole process (every thread, JVM and native) in nanoseconds, or -1 if unknown. */
    /** The 1-, 5- and 15-minute load averages from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long statusKb(String key) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
