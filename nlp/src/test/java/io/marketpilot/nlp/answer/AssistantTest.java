package io.marketpilot.nlp.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.catalog.Item;
import io.marketpilot.core.faq.FaqEntry;
import io.marketpilot.nlp.encoder.EncoderVariant;
import io.marketpilot.nlp.encoder.TextEncoder;
import io.marketpilot.nlp.entity.CatalogueDictionary;
import io.marketpilot.nlp.entity.EntityRecognizer;
import io.marketpilot.nlp.fixture.BgeFixture;
import io.marketpilot.nlp.fixture.Items;
import io.marketpilot.nlp.intent.IntentClassifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssistantTest {
    private static final List<FaqEntry> FAQ = List.of(
            new FaqEntry("ship-time", "下单后多久发货？", "我们在付款后48小时内发货。"),
            new FaqEntry("returns", "支持七天无理由退货吗？", "支持，签收后7天内可无理由退货。"),
            new FaqEntry("ship-time-en", "How long does it take to ship my order?", "We ship within 48 hours of payment."),
            new FaqEntry("invoice", "Can I get an invoice?", "Yes, invoices are e-mailed with every order."));
    private static final Map<String, Item> ITEMS = Map.of("p1", Items.phone(), "s1", Items.shoe(), "b1", Items.bare());
    private static final Assistant ASSISTANT = new Assistant(BgeFixture.shared(),
            IntentClassifier.shipped(BgeFixture.shared()), new EntityRecognizer(CatalogueDictionary.of(ITEMS.values())),
            id -> Optional.ofNullable(ITEMS.get(id)), FAQ, AssistantConfig.DEFAULT);

    @Test
    void paraphrasesOfFaqQuestionsGetTheFaqAnswer() {
        assertFaq("付款以后几天能发货", "ship-time");
        assertFaq("可以七天无理由退吗", "returns");
        assertFaq("How soon do you ship orders?", "ship-time-en");
    }

    @Test
    void unrelatedQuestionsAreHandedOff() {
        for (String q : List.of("你们老板叫什么名字", "What is the meaning of life?", "", "😀")) {
            Reply r = ASSISTANT.answer(q, Optional.empty());
            assertThat(r.answer()).as(q).isInstanceOf(Answer.Handoff.class);
        }
    }

    @Test
    void productQuestionsOnAnItemPageAreAnsweredFromTheItem() {
        Reply price = ASSISTANT.answer("这个多少钱？", Optional.of(Items.phone()));
        assertThat(price.answer()).isInstanceOf(Answer.FromItem.class);
        assertThat(price.answer().text()).contains("5999.00 CNY");
        Reply stock = ASSISTANT.answer("Is it in stock?", Optional.of(Items.shoe()));
        assertThat(stock.answer().text()).isEqualTo("Nike Air Zoom running shoe is currently out of stock.");
        Reply material = ASSISTANT.answer("What material is it made of?", Optional.of(Items.shoe()));
        assertThat(material.answer().text()).contains("mesh");
    }

    @Test
    void aFieldTheItemLacksIsNeverInvented() {
        Reply r = ASSISTANT.answer("How much is this?", Optional.of(Items.bare()));
        assertThat(r.answer()).isNotInstanceOf(Answer.FromItem.class);
        assertThat(r.answer().text()).doesNotContainPattern("\\d");
    }

    @Test
    void aQuestionNamingAProductIsAnsweredWithoutAPage() {
        Reply r = ASSISTANT.answer("华为 Mate 60 手机多少钱", Optional.empty());
        assertThat(r.itemId()).contains("p1");
        assertThat(r.answer().text()).contains("5999.00");
    }

    /** The default threshold sits between paraphrases and unrelated questions on both encoders (printed: the margins). */
    @ParameterizedTest
    @EnumSource(EncoderVariant.class)
    void thresholdSeparatesParaphrasesFromUnrelatedQuestions(EncoderVariant variant) {
        TextEncoder encoder = variant == EncoderVariant.FP32 ? BgeFixture.fp32() : BgeFixture.shared();
        FaqIndex index = FaqIndex.of(FAQ, encoder);
        List<String> paraphrases = List.of("付款以后几天能发货", "多久可以发货呀", "可以七天无理由退吗", "七天内能无理由退货吗",
                "How soon do you ship orders?", "When will my order be shipped after I pay?", "Do you send invoices?");
        List<String> unrelated = List.of("你们老板叫什么名字", "这个手机防水吗", "What is the meaning of life?",
                "Do you sell gift cards?", "今天天气怎么样", "Is the sofa real leather?");
        double minParaphrase = paraphrases.stream().mapToDouble(q -> index.best(encoder.encode(q))
                .orElseThrow().similarity()).min().orElseThrow();
        double maxUnrelated = unrelated.stream().mapToDouble(q -> index.best(encoder.encode(q))
                .orElseThrow().similarity()).max().orElseThrow();
        System.out.printf("{\"encoder\":\"%s\",\"faq_min_paraphrase\":%.3f,\"faq_max_unrelated\":%.3f}%n",
                encoder.name(), minParaphrase, maxUnrelated);
        assertThat(minParaphrase).isGreaterThan(AssistantConfig.DEFAULT.faqThreshold());
        assertThat(maxUnrelated).isLessThan(AssistantConfig.DEFAULT.faqThreshold());
    }

    private static void assertFaq(String question, String id) {
        Answer a = ASSISTANT.answer(question, Optional.empty()).answer();
        assertThat(a).as(question + " -> " + a).isInstanceOf(Answer.FromFaq.class);
        assertThat(((Answer.FromFaq) a).entry().id()).isEqualTo(id);
    }
}
