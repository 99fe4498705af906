package io.marketpilot.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.core.id.ItemId;
import io.marketpilot.engine.Engine;
import io.marketpilot.engine.config.EngineConfig;
import io.marketpilot.nlp.answer.Answer;
import io.marketpilot.nlp.copy.CopyKind;
import io.marketpilot.nlp.entity.Entity;
import io.marketpilot.nlp.entity.EntityType;
import io.marketpilot.nlp.intent.Intent;
import io.marketpilot.nlp.text.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text service inside a real engine (SQLite, DuckDB, the int8 BGE encoder). */
class TextServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Engine engine;

    @BeforeEach
    void open() {
        engine = Engine.open(EngineConfig.at(dir), CLOCK);
        engine.upsertItems(List.of(Map.of("item_id", "p1", "title", "小米 14 手机", "brand", "小米", "price", "3999",
                "currency", "CNY", "stock", 5, "category", List.of("手机"), "attributes", Map.of("color", "白色"))));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void analysesTextWithCatalogueEntitiesAndIntent() {
        TextAnalysis a = engine.text().analyze("小米手机怎么还没发货？我的订单三天了");
        assertThat(a.text().language()).isEqualTo(Language.ZH);
        assertThat(a.entities()).extracting(Entity::text, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("小米", EntityType.BRAND));
        assertThat(a.intent().intent()).isEqualTo(Intent.ORDER_STATUS);
        // the engine wires the shipped sentiment head and aspect analyser in (AnalysedReviewSignals)
        assertThat(a.sentiment()).hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("negative"));
        assertThat(engine.text().analyze("物流很快，质量也很好").aspects()).extracting(a2 -> a2.aspect())
                .contains("logistics", "quality");
        engine.upsertItems(List.of(Map.of("item_id", "p2", "title", "Galaxy S24", "brand", "Samsung")));
        assertThat(engine.text().analyze("is the samsung any good").entities()).extracting(Entity::canonical)
                .contains("Samsung");
    }

    @Test
    void faqIsStoredAndUsedAndItemsAnswerOnTheirPage() {
        engine.text().replaceFaq(List.of(new FaqEntry("ship", "多久发货？", "付款后48小时内发货。")));
        assertThat(engine.text().faq()).hasSize(1);
        assertThat(engine.text().answer("付款后几天能发货", Optional.empty()).answer())
                .isInstanceOf(Answer.FromFaq.class);
        assertThat(engine.text().answer("这个多少钱", Optional.of(ItemId.of("p1"))).answer().text()).contains("3999");
        assertThatThrownBy(() -> engine.text().answer("多少钱", Optional.of(ItemId.of("nope"))))
                .hasMessageContaining("item 'nope' does not exist");
    }

    @Test
    void copyForAnItem() {
        var r = engine.text().copy(ItemId.of("p1"), new CopyOptions("zh", CopyKind.AD, 2, 1, Optional.empty()));
        assertThat(r).isPresent();
        assertThat(r.get().variants()).hasSize(2).allSatisfy(v -> assertThat(v.text()).contains("3999"));
        assertThat(engine.text().copy(ItemId.of("nope"), new CopyOptions("zh", CopyKind.AD, 1, 1, Optional.empty())))
                .isEmpty();
    }
}
