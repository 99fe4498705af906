package io.marketpilot.core.validation;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An immutable map in the order it was given, keys and values side by side in one array: what
 * {@link JsonValues#immutableCopy} makes of a small JSON object. An event's context or properties has a handful of keys;
 * as a {@code LinkedHashMap} in an unmodifiable view each cost five or more objects and a hashed put per key, here
 * one array. Lookups scan (identity first: keys are mostly literals or a reader's interned names). Null values are
 * kept (a JSON null in a nested object), and so is a null key, as the maps this replaced allowed.
 */
final class FrozenMap extends AbstractMap<String, Object> {
    /** Lookups scan, so bigger objects are better served by a hash table. */
    static final int MAX_SIZE = 16;

    private final Object[] slots; // key 0, value 0, key 1, value 1, ...

    /** Takes ownership of {@code slots}, whose keys are distinct. */
    FrozenMap(Object[] slots) {
        this.slots = slots;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < slots.length; i += 2) {
            if (Objects.equals(slots[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return slots.length >> 1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : slots[i + 1];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < slots.length; i += 2) {
            action.accept((String) slots[i], slots[i + 1]);
        }
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < slots.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= slots.length) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return new SimpleImmutableEntry<>((String) slots[next - 2], slots[next - 1]);
                    }
                };
            }

            @Override
            public int size() {
                return slots.length >> 1;
            }
        };
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < slots.length; i += 2) {
            h += Objects.hashCode(slots[i]) ^ Objects.hashCode(slots[i + 1]);
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m) || m.size() != size()) {
            return false;
        }
        for (int i = 0; i < slots.length; i += 2) {
            Object v = slots[i + 1];
            if (v == null ? m.get(slots[i]) != null || !m.containsKey(slots[i]) : !v.equals(m.get(slots[i]))) {
                return false;
            }
        }
        return true;
    }

    // every change is refused, as by Collections.unmodifiableMap (which AbstractMap alone would not do for all)

    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object replace(String key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        throw new UnsupportedOperationException();
    }
}
