package io.marketpilot.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.nlp.fixture.Items;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer(
            CatalogueDictionary.of(List.of(Items.phone(), Items.shoe(), Items.bare())));

    @Test
    void findsCatalogueBrandsProductsAndCategories() {
        List<Entity> found = recognizer.recognize("我想问一下华为的手机和nike跑鞋有货吗");
        assertThat(found).extracting(Entity::text, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("华为", EntityType.BRAND),
                org.assertj.core.groups.Tuple.tuple("nike", EntityType.BRAND),
                org.assertj.core.groups.Tuple.tuple("手机", EntityType.CATEGORY));
        assertThat(found.stream().filter(e -> e.type() == EntityType.BRAND && e.text().equals("nike")).findFirst()
                .orElseThrow().itemIds()).containsExactly("s1");
    }

    @Test
    void longestMatchWinsAndLatinNeedsWordBoundaries() {
        assertThat(recognizer.recognize("Is the Plain mug dishwasher safe?")).extracting(Entity::type)
                .containsExactly(EntityType.PRODUCT);
        assertThat(recognizer.recognize("snikers are not nike")).extracting(Entity::text).containsExactly("nike");
        assertThat(recognizer.recognize("huawei mate 60 phone")).extracting(Entity::canonical)
                .containsExactly("Huawei Mate 60 Phone");
    }

    @Test
    void hanlpFindsPeoplePlacesAndOrganisations() {
        List<Entity> found = recognizer.recognize("张伟在北京市朝阳区买了腾讯的会员");
        assertThat(found).extracting(Entity::type).contains(EntityType.PLACE);
        assertThat(found).allSatisfy(e -> assertThat("张伟在北京市朝阳区买了腾讯的会员".substring(e.start(), e.end()))
                .isEqualTo(e.text()));
    }

    @Test
    void emptyOrOddInputFindsNothing() {
        assertThat(recognizer.recognize("")).isEmpty();
        assertThat(recognizer.recognize(null)).isEmpty();
        assertThat(new EntityRecognizer(CatalogueDictionary.empty()).recognize("\uD800\uDFFF??")).isNotNull();
    }
}
