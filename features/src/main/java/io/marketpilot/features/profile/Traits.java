package io.marketpilot.features.profile;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A profile's traits stated by events (identify), immutable: parallel arrays sorted by name, names interned. Most
 * profiles have none and share {@link #EMPTY}.
 */
public final class Traits {
    public static final Traits EMPTY = new Traits(new String[0], new Object[0], new long[0]);
    private final String[] names;
    private final Object[] values;
    private final long[] at;

    private Traits(String[] names, Object[] values, long[] at) {
        this.names = names;
        this.values = values;
        this.at = at;
    }

    /** These traits combined with {@code other}'s, trait by trait with the policy's strategy. */
    public Traits combine(Traits other, TraitMergePolicy policy) {
        if (other.names.length == 0) {
            return this;
        }
        if (names.length == 0) {
            return other;
        }
        TreeMap<String, TraitValue> out = new TreeMap<>(asValues());
        other.asValues().forEach((k, v) -> out.merge(k, v, policy.of(k)::combine));
        return of(out);
    }

    /** With each entry of {@code stated} combined in at {@code atMillis}. */
    public Traits with(Map<String, Object> stated, long atMillis, TraitMergePolicy policy) {
        TreeMap<String, TraitValue> in = new TreeMap<>();
        stated.forEach((k, v) -> in.put(k, new TraitValue(v, atMillis)));
        return combine(of(in), policy);
    }

    private static Traits of(TreeMap<String, TraitValue> sorted) {
        int n = sorted.size();
        String[] k = new String[n];
        Object[] v = new Object[n];
        long[] t = new long[n];
        int i = 0;
        for (var e : sorted.entrySet()) {
            k[i] = e.getKey().intern();
            v[i] = e.getValue().value();
            t[i++] = e.getValue().at();
        }
        return new Traits(k, v, t);
    }

    private Map<String, TraitValue> asValues() {
        Map<String, TraitValue> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], new TraitValue(values[i], at[i]));
        }
        return m;
    }

    /** Name → value, in name order. */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    public int size() {
        return names.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Traits t && Arrays.equals(names, t.names) && Arrays.equals(values, t.values)
                && Arrays.equals(at, t.at);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names) * 31 + Arrays.hashCode(at);
    }
}
