package io.marketpilot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} (or {@code --name=value}) options of a benchmark main, checked whole: unknown names,
 * missing values and unreadable numbers are all reported at once, each with the option and what was found.
 */
final class BenchArgs {
    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    private BenchArgs(Map<String, String> values, List<String> problems) {
        this.values = values;
        this.problems.addAll(problems);
    }

    /** Flags ({@code --profile}) take no value; every other known option takes one. */
    static BenchArgs parse(String[] args, Set<String> options, Set<String> flags) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                problems.add("expected an option like --events, found '" + arg + "'");
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (flags.contains(name)) {
                values.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
            } else if (!options.contains(name)) {
                problems.add("unknown option --" + name + " (known: " + known(options, flags) + ")");
                if (eq < 0 && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    i++; // its value, so it is not reported again as a stray argument
                }
            } else if (eq >= 0) {
                values.put(name, arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                problems.add("--" + name + " needs a value");
            }
        }
        return new BenchArgs(values, problems);
    }

    private static String known(Set<String> options, Set<String> flags) {
        List<String> all = new ArrayList<>(options);
        all.addAll(flags);
        return "--" + String.join(", --", all.stream().sorted().toList());
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option as a whole number in [min, max]; {@code 200000}, {@code 200_000} and {@code 200k} all read. */
    long number(String name, long fallback, long min, long max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        String t = text.strip().replace("_", "").replace(",", "").toLowerCase(java.util.Locale.ROOT);
        long scale = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        try {
            long v = Math.multiplyExact(Long.parseLong(scale == 1 ? t : t.substring(0, t.length() - 1)), scale);
            if (v < min || v > max) {
                problems.add("--" + name + ": expected " + min + ".." + max + ", found " + text);
                return fallback;
            }
            return v;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add("--" + name + ": expected a whole number, found '" + text + "'");
            return fallback;
        }
    }

    int integer(String name, int fallback, int min, int max) {
        return (int) number(name, fallback, min, max);
    }

    boolean flag(String name) {
        String v = values.get(name);
        if (v == null) {
            return false;
        }
        if (!v.equals("true") && !v.equals("false")) {
            problems.add("--" + name + ": expected true or false, found '" + v + "'");
        }
        return v.equals("true");
    }

    Path path(String name, Path fallback) {
        String v = values.get(name);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** Every problem found while parsing and reading options, in order; empty when all is well. */
    List<String> problems() {
        return List.copyOf(problems);
    }
}
