package io.marketpilot.data.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A mutable map in insertion order like {@code LinkedHashMap} (same answers, iteration order, equals, hashCode and
 * toString; a repeated key keeps its first place), but compact: keys and values side by side in one array, found by
 * identity first (readers intern their keys, parsers look fields up by literal), then by equality. A record has a
 * dozen or so fields and is read a few times, which this serves with fewer cache misses and allocations than a hash
 * table of linked nodes. A 64-bit filter of the keys' hashes answers most lookups of absent fields at once. The
 * records of both readers are made of these: {@link PlainRecord} (CSV), {@link PlainFields} and nested objects
 * (JSONL). Not thread-safe, not serialisable; an entry reads and writes through to its slot. Public only so
 * that its public subclasses need no bridge methods (javac adds one per inherited public method of a package-private
 * superclass: one more call on every lookup); it is made only in this package.
 */
public class CompactFields extends AbstractMap<String, Object> {

    private Object[] slots; // key 0, value 0, key 1, value 1, ...
    private int size;
    private long hashBits; // bit (hash & 63) set for every key ever put: a clear bit proves a key absent
    private int modCount;

    CompactFields(int capacity) {
        this.slots = new Object[2 * Math.max(capacity, 1)];
    }

    private static long bit(Object key) {
        // String first: a shared call site such as Objects.hashCode is megamorphic and would not inline
        int hash = key instanceof String s ? s.hashCode() : Objects.hashCode(key);
        return 1L << (hash & 63);
    }

    private static boolean sameKey(Object stored, Object key) {
        return key instanceof String s ? s.equals(stored) : Objects.equals(stored, key);
    }

    private int indexOf(Object key) {
        if ((hashBits & bit(key)) == 0) { // absent for sure: most new keys and most lookups of absent fields
            return -1;
        }
        final Object[] s = slots;
        final int n = size;
        for (int i = 0; i < n; i++) {
            if (s[2 * i] == key) {
                return i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (sameKey(s[2 * i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : slots[2 * i + 1];
    }

    @Override
    public Object put(String key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            Object old = slots[2 * i + 1];
            slots[2 * i + 1] = value;
            return old;
        }
        append(key, value);
        return null;
    }

    /** Adds a field the caller knows is absent (e.g. the next column of a header without repeats), unsearched. */
    void append(String key, Object value) {
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[2 * size] = key;
        slots[2 * size + 1] = value;
        size++;
        hashBits |= bit(key);
        modCount++;
    }

    @Override
    public Object remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Object old = slots[2 * i + 1];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        modCount++;
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, 2 * size, null);
        size = 0;
        hashBits = 0;
        modCount++;
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        m.forEach(this::put);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        int expected = modCount;
        for (int i = 0; i < size; i++) {
            action.accept((String) slots[2 * i], slots[2 * i + 1]);
        }
        if (modCount != expected) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private final class Entries implements Iterator<Map.Entry<String, Object>> {
        private int next;
        private int last = -1;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, Object> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Entry(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expectedModCount = modCount;
        }
    }

    /** An entry that reads and writes through to its slot (valid until the record's keys change). */
    private final class Entry implements Map.Entry<String, Object> {
        private final int index;

        Entry(int index) {
            this.index = index;
        }

        @Override
        public String getKey() {
            return (String) slots[2 * index];
        }

        @Override
        public Object getValue() {
            return slots[2 * index + 1];
        }

        @Override
        public Object setValue(Object value) {
            Object old = slots[2 * index + 1];
            slots[2 * index + 1] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && Objects.equals(getKey(), e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
