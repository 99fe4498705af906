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
    /** The names of the fields read (a repeat may occur): a record reads a dozen or so, so a scan beats a HashSet. */
    private String[] read = new String[16];
    private int readCount;
    /** Where {@link #wasRead} starts its search: just after the last name it found. */
    private int scanFrom;

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
        return given(raw.get(field));
    }

    /** Blank strings count as absent. */
    private static Object given(Object v) {
        return v instanceof String s && s.isBlank() ? null : v;
    }

    public boolean has(String field) {
        return value(field) != null;
    }

    public Optional<String> string(String field) {
        return Optional.ofNullable(stringOrNull(field));
    }

    /**
     * As {@link #string} but null when not given or wrong. The nullable variants below serve the event parser,
     * which reads a dozen fields per event on the bulk import's one thread: without the {@code Optional}s and
     * {@code has}-then-read double lookups its parse took ~5% less CPU (one-JVM A/B, docs/benchmarks.md §28a).
     */
    public String stringOrNull(String field) {
        return asString(field, value(field));
    }

    private String asString(String field, Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return s.strip();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return Numbers.plain(v);
        }
        error(field, "a string", v);
        return null;
    }

    public Optional<String> requiredString(String field) {
        return Optional.ofNullable(requiredStringOrNull(field));
    }

    /** As {@link #requiredString} with one lookup: the value read is the one reported when it is blank. */
    public String requiredStringOrNull(String field) {
        return asString(field, requiredValue(field, "a non-empty string (required)"));
    }

    /** A typed id built by {@code ctor}; errors if the id is rejected (e.g. too long). */
    public <T> Optional<T> id(String field, Function<String, T> ctor) {
        return Optional.ofNullable(idOrNull(field, ctor));
    }

    /** As {@link #id} but null when not given or rejected. */
    public <T> T idOrNull(String field, Function<String, T> ctor) {
        return asId(field, stringOrNull(field), ctor);
    }

    private <T> T asId(String field, String s, Function<String, T> ctor) {
        if (s == null) {
            return null;
        }
        try {
            return ctor.apply(s);
        } catch (IllegalArgumentException e) {
            error(field, "an id (" + e.getMessage() + ")", s);
            return null;
        }
    }

    public <T> Optional<T> requiredId(String field, Function<String, T> ctor) {
        Object v = requiredValue(field, "a non-empty id (required)");
        return Optional.ofNullable(asId(field, asString(field, v), ctor));
    }

    /** The value given, else null after an error reporting {@code expected} and the value read (blank, null…). */
    private Object requiredValue(String field, String expected) {
        markRead(field);
        Object found = raw.get(field);
        Object v = given(found);
        if (v == null) {
            error(field, expected, found);
        }
        return v;
    }

    public Optional<Long> integer(String field) {
        return Optional.ofNullable(integerOrNull(field));
    }

    /** As {@link #integer} but {@code absent} when not given or not an integer. */
    public long integerOr(String field, long absent) {
        Long n = integerOrNull(field);
        return n == null ? absent : n;
    }

    private Long integerOrNull(String field) {
        Object v = value(field);
        if (v == null) {
            return null;
        }
        Long n = Numbers.toLongOrNull(v);
        if (n == null) {
            error(field, "an integer", v);
        }
        return n;
    }

    public Optional<BigDecimal> decimal(String field) {
        return Optional.ofNullable(decimalOrNull(field));
    }

    /** As {@link #decimal} but null when not given or not a number. */
    public BigDecimal decimalOrNull(String field) {
        Object v = value(field);
        if (v == null) {
            return null;
        }
        BigDecimal d = Numbers.toDecimalOrNull(v);
        if (d == null) {
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
        return Optional.ofNullable(instantOrNull(field));
    }

    /** As {@link #instant} but null when not given or unreadable. */
    public Instant instantOrNull(String field) {
        Object v = value(field);
        if (v == null) {
            return null;
        }
        Instant t = Timestamps.parseOrNull(v);
        if (t == null) {
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
        Extras extras = new Extras();
        raw.forEach(extras); // no entry objects for maps that iterate without them
        return extras.map == null ? Map.of() : JsonValues.immutableCopy(extras.map);
    }

    /** Collects the unread fields; most records have none, so the map is made on the first. */
    private final class Extras implements java.util.function.BiConsumer<String, Object> {
        Map<String, Object> map;

        @Override
        public void accept(String key, Object value) {
            if (value != null && !wasRead(key)) {
                if (map == null) {
                    map = new LinkedHashMap<>(4);
                }
                map.put(key, value);
            }
        }
    }

    /**
     * Remembers a field as read. No search for repeats: parsers read each field once or twice, a repeat only costs
     * a slot, and the scan it replaced (~70 compares per event) was 13% of the event parser's CPU (§28a).
     */
    private void markRead(String field) {
        if (readCount == read.length) {
            read = Arrays.copyOf(read, readCount * 2);
        }
        read[readCount++] = field;
    }

    /**
     * Searches from where the last key was found: a record's keys mostly come in the order a parser reads them
     * (both follow the wire format), so each is found at the first or second compare instead of half a scan.
     */
    private boolean wasRead(String key) {
        int n = readCount;
        for (int i = scanFrom; i < n; i++) {
            if (read[i] == key) { // keys that are literals or interned header names: no character compares
                scanFrom = i + 1;
                return true;
            }
        }
        for (int i = 0; i < scanFrom && i < n; i++) {
            if (read[i] == key) {
                scanFrom = i + 1;
                return true;
            }
        }
        for (int i = 0; i < n; i++) {
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
