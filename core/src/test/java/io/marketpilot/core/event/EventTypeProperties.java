package io.marketpilot.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link EventType#fromWire} answers as a plain normalise-then-compare reference does, for any spelling. */
class EventTypeProperties {

    @Property(tries = 2000)
    void answersAsTheNormalisedLookup(@ForAll("names") String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        Optional<EventType> expected = Arrays.stream(EventType.values())
                .filter(t -> t.wireName().equals(normalised)).findFirst();
        assertThat(EventType.fromWire(name)).as(name).isEqualTo(expected);
        assertThat(EventType.fromWire(new String(name.toCharArray()))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> wire = Arbitraries.of(EventType.values()).map(EventType::wireName);
        Arbitrary<String> spelled = Combinators.combine(wire, Arbitraries.of("", " ", "\t", "\u2003"),
                        Arbitraries.of("", " ", "\n"), Arbitraries.integers().between(0, 3))
                .as((w, before, after, how) -> before + switch (how) {
                    case 0 -> w;
                    case 1 -> w.toUpperCase(Locale.ROOT);
                    case 2 -> w.replace('_', '-');
                    default -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
                } + after);
        return Arbitraries.oneOf(wire, spelled, Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("VIEW", "view ", "add-to-cart", "Add_To_Cart", "", " ", "viewx", "vie", "\u0130dentify"));
    }
}
