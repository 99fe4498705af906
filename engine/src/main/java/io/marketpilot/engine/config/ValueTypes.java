package io.marketpilot.engine.config;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The scalar types of configuration values: numbers with ranges, choices, durations, times, zones, URLs, lists. */
final class ValueTypes {
    private ValueTypes() {
    }

    /** A whole number in [min, max]; {@code 10_000} is allowed for readability. */
    static ValueType<Integer> integer(int min, int max) {
        return new ScalarType<>("a whole number from " + number(min) + " to " + number(max), t -> {
            int v = Integer.parseInt(t.replace("_", ""));
            return v < min || v > max ? null : v;
        }, String::valueOf, false);
    }

    static ValueType<Long> wholeLong(long min, long max) {
        return new ScalarType<>("a whole number from " + number(min) + " to " + number(max), t -> {
            long v = Long.parseLong(t.replace("_", ""));
            return v < min || v > max ? null : v;
        }, String::valueOf, false);
    }

    /** A number in [min, max], or [min, max) when {@code maxExclusive}. */
    static ValueType<Double> decimal(double min, double max, boolean maxExclusive) {
        String range = "[" + decimalText(min) + ", " + decimalText(max) + (maxExclusive ? ")" : "]");
        return new ScalarType<>("a number in " + range, t -> {
            double v = Double.parseDouble(t.replace("_", ""));
            return !(v >= min) || (maxExclusive ? v >= max : v > max) ? null : v;
        }, ValueTypes::decimalText, false);
    }

    static ValueType<Boolean> bool() {
        return new ScalarType<>("true or false", t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
        }, String::valueOf, false);
    }

    /** Any text; blank allowed when {@code blankOk}. */
    static ValueType<String> text(boolean blankOk) {
        return new ScalarType<>(blankOk ? "text (may be empty)" : "non-empty text",
                t -> !blankOk && t.isBlank() ? null : t, ValueTypes::quoted, blankOk);
    }

    /**
     * One of {@code values} by its lower-case name (case-insensitive); the problem lists them as {@code a|b|c} and
     * suggests the nearest ({@code fp23} → {@code fp32}).
     */
    static <T extends Enum<T>> ValueType<T> choice(List<T> values) {
        Map<String, T> byName = new LinkedHashMap<>();
        values.forEach(v -> byName.put(v.name().toLowerCase(Locale.ROOT), v));
        List<String> names = List.copyOf(byName.keySet());
        ScalarType<T> plain = new ScalarType<>("one of " + String.join("|", names),
                t -> byName.get(t.toLowerCase(Locale.ROOT)), v -> v.name().toLowerCase(Locale.ROOT), false);
        return new ValueType<>() {
            @Override
            public T read(ConfigNode node, String path, List<ConfigProblem> problems) {
                int before = problems.size();
                T v = plain.read(node, path, problems);
                if (v == null && problems.size() == before + 1 && node instanceof ConfigNode.Scalar s) {
                    ConfigProblem p = problems.get(before);
                    NearestName.to(s.text().strip(), names).ifPresent(n -> problems.set(before,
                            new ConfigProblem(p.origin(), p.path(), p.message() + "; did you mean '" + n + "'?")));
                }
                return v;
            }

            @Override
            public String yaml(T value) {
                return plain.yaml(value);
            }

            @Override
            public String expected() {
                return plain.expected();
            }
        };
    }

    /** A positive duration: a whole number with a unit {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. */
    static ValueType<Duration> duration() {
        return new ScalarType<>("a duration such as 30s, 5m, 6h or 1d (a positive whole number with a unit ms, s, m,"
                + " h or d)", ValueTypes::parseDuration, ValueTypes::durationText, false);
    }

    /** A duration, or {@code never} (also empty or null) for none. */
    static ValueType<Optional<Duration>> optionalDuration() {
        return new ScalarType<>("a duration such as 30m, 6h or 1d, or never", t -> t.isEmpty()
                || t.equalsIgnoreCase("never") ? Optional.empty() : Optional.of(parseDuration(t)),
                d -> d.map(ValueTypes::durationText).orElse("never"), true);
    }

    static ValueType<LocalTime> timeOfDay() {
        return new ScalarType<>("a time of day HH:MM such as \"21:00\"", LocalTime::parse,
                t -> quoted(t.toString()), false);
    }

    static ValueType<ZoneId> zone() {
        return new ScalarType<>("an IANA time zone such as UTC, Asia/Shanghai or Europe/Berlin", ZoneId::of,
                ZoneId::getId, false);
    }

    /** An http(s) URL; empty allowed (meaning none) when {@code emptyOk}. */
    static ValueType<String> httpUrl(boolean emptyOk) {
        return new ScalarType<>("an http:// or https:// URL" + (emptyOk ? " (or \"\" for none)" : ""), t -> {
            if (t.isEmpty()) {
                return emptyOk ? "" : null;
            }
            URI u = URI.create(t);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null ? t : null;
        }, ValueTypes::quoted, emptyOk);
    }

    /** A list of non-empty texts, at least {@code min} of them; written {@code [a, b]}. */
    static ValueType<List<String>> textList(int min) {
        return new ValueType<>() {
            @Override
            public List<String> read(ConfigNode node, String path, List<ConfigProblem> problems) {
                if (!(node instanceof ConfigNode.Sequence seq) || seq.items().size() < min) {
                    problems.add(new ConfigProblem(node.origin(), path, "expected " + expected() + ", found "
                            + (node instanceof ConfigNode.Sequence s ? "an empty list" : node.found())));
                    return null;
                }
                List<String> out = new ArrayList<>();
                ValueType<String> item = text(false);
                for (int i = 0; i < seq.items().size(); i++) {
                    out.add(item.read(seq.items().get(i), path + "[" + i + "]", problems));
                }
                return out.contains(null) ? null : List.copyOf(out);
            }

            @Override
            public String yaml(List<String> value) {
                return "[" + String.join(", ", value.stream().map(ValueTypes::quoted).toList()) + "]";
            }

            @Override
            public boolean structured() {
                return true;
            }

            @Override
            public String expected() {
                return "a list such as [a, b]" + (min > 0 ? " with at least " + min + " entry" : "");
            }
        };
    }

    static Duration parseDuration(String t) {
        int unit = 0;
        while (unit < t.length() && Character.isDigit(t.charAt(unit))) {
            unit++;
        }
        if (unit == 0 || unit == t.length()) {
            return null;
        }
        long n = Long.parseLong(t.substring(0, unit));
        Function<Long, Duration> of = switch (t.substring(unit).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration::ofMillis;
            case "s" -> Duration::ofSeconds;
            case "m" -> Duration::ofMinutes;
            case "h" -> Duration::ofHours;
            case "d" -> Duration::ofDays;
            default -> null;
        };
        return of == null || n <= 0 ? null : of.apply(n);
    }

    static String durationText(Duration d) {
        long ms = d.toMillis();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms % sizes[i] == 0) {
                return ms / sizes[i] + units[i];
            }
        }
        return ms + "ms";
    }

    static String decimalText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String number(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** Plain when YAML reads it back as the same text, else double-quoted. */
    static String quoted(String s) {
        boolean plain = !s.isEmpty() && s.matches("[A-Za-z_/][A-Za-z0-9_./+@-]*(:[A-Za-z0-9_./+@-]+)*")
                && !s.matches("(?i)true|false|yes|no|on|off|null|~");
        return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
