package io.marketpilot.features.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns strings (item ids, categories, brands) as dense ints so profiles hold 4-byte codes instead of strings.
 * Thread-safe; codes are stable for the life of the dictionary (a rebuild may assign different ones).
 */
public final class Dictionary {
    private final Map<String, Integer> codes = new ConcurrentHashMap<>();
    private final List<String> names = new ArrayList<>();

    public int code(String name) {
        Integer c = codes.get(name);
        if (c != null) {
            return c;
        }
        synchronized (names) {
            return codes.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }
    }

    public String name(int code) {
        synchronized (names) {
            return names.get(code);
        }
    }

    public int size() {
        synchronized (names) {
            return names.size();
        }
    }
}
