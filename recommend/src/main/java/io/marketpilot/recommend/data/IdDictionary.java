package io.marketpilot.recommend.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense, stable indices for opaque string ids: the first id added gets 0, the next 1, and so on. Models work on
 * the indices; the dictionary turns them back into ids at the edge. Immutable once built.
 */
public final class IdDictionary {
    private final String[] ids;
    private final Map<String, Integer> index;

    private IdDictionary(String[] ids, Map<String, Integer> index) {
        this.ids = ids;
        this.index = index;
    }

    /** A dictionary of the given ids in order; duplicates are rejected. */
    public static IdDictionary of(List<String> ids) {
        Builder b = new Builder();
        for (String id : ids) {
            if (b.indexOf(id) != b.size() - 1) {
                throw new IllegalArgumentException("duplicate id in dictionary: " + id);
            }
        }
        return b.build();
    }

    public int size() {
        return ids.length;
    }

    /** The index of {@code id}, or -1 when the dictionary does not know it. */
    public int index(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int index) {
        return ids[index];
    }

    /** All ids in index order (a copy). */
    public List<String> ids() {
        return List.of(Arrays.copyOf(ids, ids.length));
    }

    /** Grows a dictionary one id at a time. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private String[] ids = new String[1024];
        private int size;

        /** The index of {@code id}, adding it at the end when new. */
        public int indexOf(String id) {
            Integer known = index.putIfAbsent(id, size);
            if (known != null) {
                return known;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size] = id;
            return size++;
        }

        public int size() {
            return size;
        }

        public IdDictionary build() {
            return new IdDictionary(Arrays.copyOf(ids, size), Map.copyOf(index));
        }
    }
}
