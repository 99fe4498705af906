package io.marketpilot.cli.logging;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * Thresholds by logger-name prefix; the longest matching prefix wins. Parsed from a spec such as
 * {@code debug} (the product's own loggers), {@code debug,*=info} ({@code *} = every other logger) or
 * {@code warn,io.marketpilot.engine=debug,org.eclipse.jetty=info}.
 */
record LogLevels(int rootThreshold, List<Map.Entry<String, Integer>> prefixes) {
    static final String PRODUCT = "io.marketpilot";
    static final int OFF = Integer.MAX_VALUE;

    static LogLevels defaults() {
        return new LogLevels(Level.WARN.toInt(), List.of(Map.entry(PRODUCT, Level.INFO.toInt())));
    }

    /** Parses a spec on top of the defaults; an unknown level name is an error, not ignored. */
    static LogLevels parse(String spec) {
        LogLevels base = defaults();
        if (spec == null || spec.isBlank()) {
            return base;
        }
        int root = base.rootThreshold();
        Map<String, Integer> byPrefix = base.asMap();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = eq < 0 ? PRODUCT : p.substring(0, eq).strip();
            int level = threshold(eq < 0 ? p : p.substring(eq + 1));
            if (name.equals("*") || name.equalsIgnoreCase("root")) {
                root = level;
            } else {
                byPrefix.put(name, level);
            }
        }
        return of(root, byPrefix);
    }

    /** The same levels with the product's loggers at DEBUG or finer (what {@code --verbose} does). */
    LogLevels verbose() {
        Map<String, Integer> byPrefix = asMap();
        byPrefix.merge(PRODUCT, Level.DEBUG.toInt(), Math::min);
        return of(rootThreshold, byPrefix);
    }

    int thresholdFor(String loggerName) {
        for (Map.Entry<String, Integer> e : prefixes) {
            String prefix = e.getKey();
            if (loggerName.startsWith(prefix)
                    && (loggerName.length() == prefix.length() || loggerName.charAt(prefix.length()) == '.')) {
                return e.getValue();
            }
        }
        return rootThreshold;
    }

    private Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        prefixes.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private static LogLevels of(int root, Map<String, Integer> byPrefix) {
        List<Map.Entry<String, Integer>> longestFirst = byPrefix.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed())
                .toList();
        return new LogLevels(root, longestFirst);
    }

    private static int threshold(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("OFF")) {
            return OFF;
        }
        try {
            return Level.valueOf(n.equals("WARNING") ? "WARN" : n).toInt();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "log level: expected one of trace, debug, info, warn, error, off, found \"" + name.strip() + "\"", e);
        }
    }
}
