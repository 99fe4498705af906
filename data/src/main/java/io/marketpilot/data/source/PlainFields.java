package io.marketpilot.data.source;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields of a JSONL record as the reader read them, knowing whether every key and string value at every depth
 * was plain text: empty, or printable ASCII (U+0020–U+007E) with no space at either end and no two spaces in a row,
 * and written without escapes. Text normalisation leaves such strings as they are, so a cleaner may skip a record
 * whose {@link #plainText()} is true. Changing the map through its own methods drops the mark; changing a nested
 * map or list, or an entry's value, does not: whoever does that must copy the record before cleaning it.
 *
 * <p>A {@link CompactFields} map (it was a {@code LinkedHashMap}): a line's dozen fields in one array instead of a
 * hash table and a node per field. The reader's keys are interned, so the parsers' literal keys are found by
 * identity. Measured (docs/benchmarks.md §28c): reading a JSONL line 5–10% less CPU, and about 350 fewer bytes
 * allocated per line (of ~2,100 for reading and cleaning).
 */
public final class PlainFields extends CompactFields implements KnownText {
    private boolean plainText;

    PlainFields(int initialCapacity) {
        super(initialCapacity);
    }

    /** Whether every key and string value, nested ones included, was plain text when read (see the class comment). */
    @Override
    public boolean plainText() {
        return plainText;
    }

    void plainText(boolean plain) {
        plainText = plain;
    }

    @Override
    public Object put(String key, Object value) {
        plainText = false;
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        plainText = false;
        super.putAll(m);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        plainText = false;
        return super.putIfAbsent(key, value);
    }

    @Override
    public Object replace(String key, Object value) {
        plainText = false;
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        plainText = false;
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        plainText = false;
        return super.compute(key, f);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        plainText = false;
        return super.computeIfAbsent(key, f);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        plainText = false;
        return super.computeIfPresent(key, f);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        plainText = false;
        return super.merge(key, value, f);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> f) {
        plainText = false;
        super.replaceAll(f);
    }
}
