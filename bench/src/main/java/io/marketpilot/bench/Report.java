package io.marketpilot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON object a benchmark prints, built as ordered maps, with the rounding and percentiles they share. */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {}

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    static String json(Map<String, Object> report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report of maps and numbers is always JSON", e);
        }
    }

    /** Events per second, whole. */
    static long perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : Math.round(count * 1e9 / nanos);
    }

    static double ms(long nanos) {
        return round(nanos / 1e6, 2);
    }

    static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }

    /** The nearest-rank percentile (0 < p ≤ 100) of the values, which are sorted in place. */
    static long percentile(long[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    /** The 1-, 5- and 15-minute load averages (other work on the machine skews the numbers), or "" without /proc. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** The JDK and machine, for every report. */
    static void machine(Map<String, Object> report) {
        report.put("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("heap_max_mb", Math.round(ProcessStats.heapMaxMb()));
        report.put("gc", gcNames());
    }

    private static String gcNames() {
        return String.join("+", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }
}
