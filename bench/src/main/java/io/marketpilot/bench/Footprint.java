package io.marketpilot.bench;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Estimated heap bytes of object graphs, by walking fields reflectively (a small stand-in for OpenJDK's JOL):
 * 12-byte headers, 4-byte references (compressed oops, heaps under 32 GiB), 16-byte array headers, 8-byte
 * alignment. Objects are counted once across all calls on one instance, so shared parts go to whoever is walked
 * first. The JDK's own classes cannot be opened, so strings count as Latin-1 (ids are ASCII), maps as 40 bytes
 * per entry for a {@code HashMap} (table slot and node) and 16 for the compact immutable maps, collections as one
 * reference per element, plus what their keys, values and elements hold.
 */
final class Footprint {
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Bytes reachable from {@code root} not counted before. */
    long of(Object root) {
        long total = 0;
        Deque<Object> todo = new ArrayDeque<>();
        push(root, todo);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            Class<?> type = o.getClass();
            if (type.isArray()) {
                int n = Array.getLength(o);
                Class<?> element = type.getComponentType();
                total += align(16 + (long) n * size(element));
                if (!element.isPrimitive()) {
                    for (int i = 0; i < n; i++) {
                        push(Array.get(o, i), todo);
                    }
                }
                continue;
            }
            if (o instanceof String str) {
                total += 24 + align(16 + str.length());
                continue;
            }
            if (type.getName().startsWith("java.") && o instanceof java.util.Map<?, ?> m) {
                total += 48 + (long) m.size() * (o instanceof java.util.HashMap ? 40 : 16);
                for (Object e : snapshot(m.entrySet())) {
                    java.util.Map.Entry<?, ?> entry = (java.util.Map.Entry<?, ?>) e;
                    push(entry.getKey(), todo);
                    push(entry.getValue(), todo);
                }
                continue;
            }
            if (type.getName().startsWith("java.") && o instanceof java.util.Collection<?> c) {
                total += 32 + 4L * c.size();
                for (Object e : snapshot(c)) {
                    push(e, todo);
                }
                continue;
            }
            long shallow = 12;
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    shallow += size(f.getType());
                    if (!f.getType().isPrimitive() && open(f)) {
                        try {
                            push(f.get(o), todo);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException("opened but unreadable: " + f, e);
                        }
                    }
                }
            }
            total += align(shallow);
        }
        return total;
    }

    /**
     * Marks this one object as counted without walking it: a composition root reached back through its parts'
     * callbacks (lambdas capture it) would otherwise pull every other part into whichever is walked first.
     */
    void exclude(Object o) {
        seen.add(o);
    }

    /** Marks {@code root}'s graph as counted without counting it (e.g. shared parts walked elsewhere). */
    void skip(Object root) {
        of(root);
    }

    /**
     * The elements of a collection the engine may be changing on another thread (a background writer): copied,
     * retried when a concurrent change breaks the copy, and given up (counted shallowly) after a few tries.
     */
    private static Object[] snapshot(java.util.Collection<?> c) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return c.toArray();
            } catch (java.util.ConcurrentModificationException | java.util.NoSuchElementException e) {
                Thread.onSpinWait();
            }
        }
        return new Object[0];
    }

    private void push(Object o, Deque<Object> todo) {
        if (o != null && !(o instanceof Class) && seen.add(o)) {
            todo.push(o);
        }
    }

    private static boolean open(Field f) {
        try {
            f.setAccessible(true);
            return true;
        } catch (RuntimeException e) {
            return false; // a JDK internal the module system keeps closed: counted shallowly
        }
    }

    private static long size(Class<?> t) {
        if (t == long.class || t == double.class) {
            return 8;
        }
        if (t == int.class || t == float.class) {
            return 4;
        }
        if (t == short.class || t == char.class) {
            return 2;
        }
        if (t == byte.class || t == boolean.class) {
            return 1;
        }
        return 4;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
