package io.marketpilot.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link JsonValues#immutableCopy} behaves as the {@code LinkedHashMap} copy in an unmodifiable view it replaced:
 * equal both ways, the same hash code, text, order, lookups (present, absent, equal keys of other instances, null
 * values), small or big; a copy of a small copy is the copy itself.
 */
class JsonValuesProperties {

    @Property(tries = 1000)
    void actsAsAnOrderedMapCopy(@ForAll("objects") Map<String, Object> source, @ForAll("keys") String probe) {
        Map<String, Object> copy = JsonValues.immutableCopy(source);
        Map<String, Object> plain = Collections.unmodifiableMap(new LinkedHashMap<>(source));
        assertThat(copy).isEqualTo(plain);
        assertThat(plain).isEqualTo(copy);
        assertThat(copy.hashCode()).isEqualTo(plain.hashCode());
        assertThat(copy.toString()).isEqualTo(plain.toString());
        assertThat(new ArrayList<>(copy.keySet())).isEqualTo(new ArrayList<>(plain.keySet()));
        assertThat(new ArrayList<>(copy.values())).isEqualTo(new ArrayList<>(plain.values()));
        assertThat(copy.size()).isEqualTo(plain.size());
        String other = new String(probe.toCharArray());
        assertThat(copy.get(other)).isEqualTo(plain.get(probe));
        assertThat(copy.containsKey(other)).isEqualTo(plain.containsKey(probe));
        assertThat(copy.getOrDefault(other, "default")).isEqualTo(plain.getOrDefault(probe, "default"));
        assertThat(copy.entrySet()).isEqualTo(plain.entrySet());
        assertThat(JsonValues.immutableCopy(copy)).isEqualTo(copy);
        if (copy.size() <= FrozenMap.MAX_SIZE) {
            assertThat(JsonValues.immutableCopy(copy)).isSameAs(copy);
        }
        Map<String, Object> differs = new LinkedHashMap<>(source);
        differs.put(probe, "changed");
        assertThat(copy.equals(differs)).isEqualTo(plain.equals(differs));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("a", "b", "channel", "device", "", "ü", "zz");
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(4).map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast), Arbitraries.of(true, 2.5, "")).injectNull(0.15);
        Arbitrary<Object> value = Arbitraries.oneOf(leaf, leaf.list().ofMaxSize(2).map(List.class::cast),
                Arbitraries.maps(keys(), leaf).ofMaxSize(2).map(Map.class::cast));
        Arbitrary<String> manyKeys = Arbitraries.oneOf(keys(), Arbitraries.strings().alpha().ofMaxLength(3));
        return Arbitraries.oneOf(Arbitraries.maps(keys(), value).ofMaxSize(6),
                Arbitraries.maps(manyKeys, value).ofMinSize(10).ofMaxSize(24)).map(LinkedHashMap::new);
    }
}
