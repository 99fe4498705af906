package io.marketpilot.data.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.data.source.PlainRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalisation is total and idempotent on any string, including messy Unicode and lone surrogates. */
class TextNormalizerProperties {

    @Property(tries = 2000)
    void neverThrowsAndIsIdempotent(@ForAll("messy") String s) {
        String once = TextNormalizer.normalize(s);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\uFEFF", "\u200B").isEqualTo(once.strip());
    }

    @Property(tries = 1000)
    void anyStringAtAll(@ForAll String s) {
        String once = TextNormalizer.normalize(s);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    /** The fast path of plain records: whatever {@code PlainRecord.isPlain} accepts, normalisation leaves alone. */
    @Property(tries = 2000)
    void plainTextIsAlreadyNormal(@ForAll("plainOrNearly") String s) {
        if (PlainRecord.isPlain(s)) {
            assertThat(TextNormalizer.normalize(s)).isSameAs(s);
        }
    }

    @Property(tries = 300)
    void aPlainRecordIsTheNormalisedRecord(@ForAll("plainLists") List<String> values) {
        PlainRecord plain = PlainRecord.withExpectedSize(values.size());
        Map<String, Object> ordinary = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (PlainRecord.isPlain(values.get(i))) {
                plain.put("k" + i, values.get(i));
                ordinary.put("k" + i, values.get(i));
            }
        }
        assertThat(TextNormalizer.normalize(plain)).isSameAs(plain).isEqualTo(TextNormalizer.normalize(ordinary));
    }

    @Provide
    Arbitrary<List<String>> plainLists() {
        return plainOrNearly().list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<String> plainOrNearly() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('!', '~').ofMaxLength(300);
        Arbitrary<String> nearly = Arbitraries.strings().withCharRange('!', '~')
                .withChars(" \t\n\u007f\u3000\uFEFF\u200B\uFF21\u00A0").ofMaxLength(300);
        return Arbitraries.oneOf(plain, nearly, messy());
    }

    @Provide
    Arbitrary<String> messy() {
        String special = " \t\n\r\u3000\u00A0\uFEFF\u200B\u200D\u0085\u0301\uFF21\uFF10\uFF0D\uD800\uDC00ea"
                + "\u1100\u1161\uAC00\uFB01\u2028\u0000\u2126\u0958\u093C";
        Arbitrary<String> shortOnes = Arbitraries.strings().withChars(special).ofMaxLength(40);
        Arbitrary<String> nearLimit = Arbitraries.strings().withChars(special).ofMinLength(240).ofMaxLength(300);
        return Arbitraries.oneOf(shortOnes, nearLimit, Arbitraries.strings().all().ofMaxLength(300));
    }
}
