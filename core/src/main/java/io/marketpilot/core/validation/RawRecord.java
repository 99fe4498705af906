package io.marketpilot.core.validation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed fields from one JSON-like input record (values are {@code String}, {@code Number},
 * {@code Boolean}, {@code Map}, {@code List} or null) and collects every problem instead of stopping
 * at the first. Fields that were read are remembered, so {@link #unread()} yields the unknown extra
 * fields, which the domain keeps rather than drops.
 *
 * <p>Absent, JSON null and blank strings all count as "not given".
 */
public final class RawRecord {
    private final Map<String, Object> raw;
    private final String prefix;
    private final List<FieldError> errors = new ArrayList<>();
    /** The names of the fields read, each once: a record reads a dozen or so, so a scan beats a HashSet. */
    private String[] read = new String[16];
    private int readCount;

    public RawRecord(Map<String, Object> raw) {
        this(raw, "");
    }

    private RawRecord(Map<String, Object> raw, String prefix) {
        this.raw = raw;
        this.prefix = prefix;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void error(String field, String expected, Object found) {
        errors.add(new FieldError(prefix + field, expected, FieldError.describe(found)));
    }

    /** Adds the errors of a nested record under {@code prefix.}. */
    public void nested(String prefix, List<FieldError> nestedErrors) {
        for (FieldError e : nestedErrors) {
            errors.add(new FieldError(this.prefix + prefix + "." + e.field(), e.expected(), e.found()));
        }
    }

    /** The value as given, or null when absent, JSON null or a blank string. */
    public Object value(String field) {
        markRead(field);
        Object v = raw.get(field);
        if (v instanceof String s && s.isBlank()) {
            return null;
        }
        return v;
    }

    public boolean has(String field) {
        return value(field) != null;
    }

    public Optional<String> string(String field) {
        Object v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s.strip());
        }
        if (v instanceof Number || v instanceof Boolean) {
            return Optional.of(Numbers.plain(v));
        }
        error(field, "a string", v);
        return Optional.empty();
    }

    public Optional<String> requiredString(String field) {
        if (!has(field)) {
            error(field, "a non-empty string (required)", raw.get(field));
            return Optional.empty();
        }
        return string(field);
    }

    /** A typed id built by {@code ctor}; errors if the id is rejected (e.g. too long). */
    public <T> Optional<T> id(String field, Function<String, T> ctor) {
        Optional<String> given = string(field);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String s = given.get();
        try {
            return Optional.of(ctor.apply(s));
        } catch (IllegalArgumentException e) {
            error(field, "an id (" + e.getMessage() + ")", s);
            return Optional.empty();
        }
    }

    public <T> Optional<T> requiredId(String field, Function<String, T> ctor) {
        if (!has(field)) {
            error(field, "a non-empty id (required)", raw.get(field));
            return Optional.empty();
        }
        return id(field, ctor);
    }

    public Optional<Long> integer(String field) {
        Object v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        Optional<Long> n = Numbers.toLong(v);
        if (n.isEmpty()) {
            error(field, "an integer", v);
        }
        return n;
    }

    public Optional<BigDecimal> decimal(String field) {
        Object v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> d = Numbers.toDecimal(v);
        if (d.isEmpty()) {
            error(field, "a decimal number such as 12.50", v);
        }
        return d;
    }

    public Optional<Boolean> bool(String field) {
        Object v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        if (v instanceof String s) {
            switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "1" -> { return Optional.of(true); }
                case "false", "no", "0" -> { return Optional.of(false); }
                default -> { }
            }
        }
        if (v instanceof Number) {
            Optional<Long> n = Numbers.toLong(v);
            if (n.isPresent() && (n.get() == 0 || n.get() == 1)) {
                return Optional.of(n.get() == 1);
            }
        }
        error(field, "true or false", v);
        return Optional.empty();
    }

    public Optional<Instant> instant(String field) {
        Object v = value(field);
        if (v == null) {
            return Optional.empty();
        }
        Optional<Instant> t = Timestamps.parse(v);
        if (t.isEmpty()) {
            error(field, "an ISO-8601 instant with zone (2026-03-01T10:15:00Z) or epoch seconds", v);
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String field) {
        Object v = value(field);
        if (v == null) {
            return Map.of();
        }
        if (v instanceof Map<?, ?> m) {
            return JsonValues.immutableCopy((Map<String, Object>) m);
        }
        error(field, "a JSON object", v);
        return Map.of();
    }

    public List<String> strings(String field) {
        Object v = value(field);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                if (e instanceof String s && !s.isBlank()) {
                    out.add(s.strip());
                } else if (e instanceof Number) {
                    out.add(Numbers.plain(e));
                } else if (e != null && !(e instanceof String)) {
                    error(field + "[" + i + "]", "a string", e);
                }
            }
            return List.copyOf(out);
        }
        if (v instanceof String s) {
            return List.copyOf(splitPath(s));
        }
        error(field, "an array of strings", v);
        return List.of();
    }

    /** The fields nobody read: unknown extras, kept verbatim. */
    public Map<String, Object> unread() {
        Map<String, Object> extra = new LinkedHashMap<>(4);
        raw.forEach((key, value) -> { // no entry objects for maps that iterate without them
            if (value != null && !wasRead(key)) {
                extra.put(key, value);
            }
        });
        return extra.isEmpty() ? Map.of() : JsonValues.immutableCopy(extra);
    }

    private void markRead(String field) {
        for (int i = 0; i < readCount; i++) {
            if (read[i] == field) { // callers pass constants; an equal copy is only stored twice, which is harmless
                return;
            }
        }
        if (readCount == read.length) {
            read = Arrays.copyOf(read, readCount * 2);
        }
        read[readCount++] = field;
    }

    private boolean wasRead(String key) {
        for (int i = 0; i < readCount; i++) {
            if (read[i] == key) { // keys that are literals or interned header names: no character compares
                return true;
            }
        }
        for (int i = 0; i < readCount; i++) {
            if (read[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Accepts "a > b > c" or "a|b|c" for list fields given as one string (CSV columns). Slashes and commas
     * are not separators: they occur inside real names ("Sci-Fi/Fantasy", "Bags, Wallets").
     */
    private static List<String> splitPath(String s) {
        String sep = s.contains(">") ? ">" : "\\|";
        List<String> out = new ArrayList<>();
        for (String part : s.split(sep)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
