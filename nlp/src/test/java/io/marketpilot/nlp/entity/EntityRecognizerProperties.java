package io.marketpilot.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.nlp.fixture.Items;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EntityRecognizerProperties {
    private final EntityRecognizer recognizer = new EntityRecognizer(
            CatalogueDictionary.of(List.of(Items.phone(), Items.shoe(), Items.bare())));

    /** Any string: no exception, and every entity's span is inside the text and does not overlap another. */
    @Property(tries = 300)
    void spansAreValidAndDisjoint(@ForAll("texts") String text) {
        List<Entity> found = recognizer.recognize(text);
        for (int i = 0; i < found.size(); i++) {
            Entity e = found.get(i);
            assertThat(e.start()).isBetween(0, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(text.length());
            for (int j = i + 1; j < found.size(); j++) {
                if (!found.get(j).text().equals(e.text()) || found.get(j).start() != e.start()) {
                    assertThat(e.overlaps(found.get(j))).as(e + " vs " + found.get(j)).isFalse();
                }
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("华为手机Nike跑鞋张伟北京市腾讯 nike mate60 ").ofMaxLength(120));
    }
}
