package io.marketpilot.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    @Test
    void numbersComeBackWithTheirExactValue() {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("int", 42);
        numbers.put("negative", -7);
        numbers.put("long", 9_007_199_254_740_993L);
        numbers.put("huge", new BigInteger("-123456789012345678901234567890"));
        numbers.put("double", 0.1);
        numbers.put("small", 1.0E-300);
        numbers.put("exact", new BigDecimal("0.10000000000000000000001"));
        numbers.put("many_digits", new BigDecimal("12345678901234567.891"));

        assertThat(JsonCodec.readObject(JsonCodec.write(numbers))).isEqualTo(numbers);
    }

    @Test
    void keyOrderUnicodeNestingAndNullsRoundTrip() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("zeta", "茶 🚀 \"quoted\" \\ \n\t\u0001");
        tree.put("alpha", null);
        tree.put("list", Arrays.asList(1, null, List.of(), Map.of(), List.of(true, false)));
        tree.put("mid", Map.of("deep", Map.of("deeper", "x")));

        Map<String, Object> back = JsonCodec.readObject(JsonCodec.write(tree));

        assertThat(back).isEqualTo(tree);
        assertThat(back.keySet()).containsExactly("zeta", "alpha", "list", "mid");
        assertThatThrownBy(() -> back.put("new", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void canonicalTextIgnoresKeyOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1);
        a.put("a", Map.of("y", 2, "x", 1));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("a", Map.of("x", 1, "y", 2));
        b.put("b", 1L);

        assertThat(JsonCodec.canonical(a)).isEqualTo(JsonCodec.canonical(b)).isEqualTo("{\"a\":{\"x\":1,\"y\":2},\"b\":1}");
        assertThat(JsonCodec.write(a)).startsWith("{\"b\"");
    }

    @Test
    void emptyMapsAreNullAndNullIsEmpty() {
        assertThat(JsonCodec.writeNullable(Map.of())).isNull();
        assertThat(JsonCodec.readObject(null)).isEmpty();
    }

    @Test
    void nonFiniteDoublesBecomeStrings() {
        assertThat(JsonCodec.write(List.of(Double.NaN, Double.NEGATIVE_INFINITY))).isEqualTo("[\"NaN\",\"-Infinity\"]");
    }

    @Test
    void valuesWithNoJsonFormAreRejectedWithTheirPath() {
        Map<String, Object> bad = Map.of("outer", List.of(1, Map.of("when", java.time.Instant.EPOCH)));

        assertThatThrownBy(() -> JsonCodec.write(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a JSON value at $.outer[1].when: a java.time.Instant");
    }

    @Test
    void malformedTextIsAnIllegalArgument() {
        assertThatThrownBy(() -> JsonCodec.readObject("{\"a\":")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonCodec.readObject("[1]")).hasMessageContaining("expected a JSON object");
    }
}
