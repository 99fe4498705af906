package io.marketpilot.recommend.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentAlgorithmTest {
    /** Knitwear and kitchen items; "hat" is listed but nobody bought it yet. */
    static Catalogue shop() {
        Catalogue c = new Catalogue()
            .item("scarf", "Red wool scarf, hand knitted")
            .item("mittens", "Red wool mittens")
            .item("jumper", "Blue wool jumper, knitted")
            .item("hat", "Red wool hat, knitted bobble")
            .item("pan", "Cast iron frying pan, kitchen")
            .item("kettle", "Steel kitchen kettle, 1.7 litre")
            .item("spoon", "Wooden kitchen spoon")
            .item("bare", null);
        for (int u = 0; u < 6; u++) {
            c.buy("u" + u, "pan", 1).buy("u" + u, "kettle", 2);
        }
        c.buy("knitter", "scarf", 1).buy("knitter", "mittens", 2).buy("cook", "spoon", 1);
        return c;
    }

    private static ContentModel train(Catalogue c, Interactions data, ContentConfig config, int threads) {
        TrainContext ctx = new TrainContext(7, threads, f -> { }, "test", Instant.EPOCH);
        return new ContentAlgorithm(c::text).trainer(config, ctx).train(data);
    }

    private static List<String> top(Interactions data, ContentModel m, UserHistory h, int n) {
        float[] s = new float[m.itemCount()];
        m.score(h, s);
        int[] had = h.items().clone();
        Arrays.sort(had);
        return Arrays.stream(TopItems.of(s, n, i -> Arrays.binarySearch(had, i) >= 0))
            .mapToObj(i -> data.items().id(i)).toList();
    }

    @Test
    void anItemWithoutInteractionsButWithTextIsReachable() {
        Catalogue c = shop();
        Interactions data = c.build();
        int hat = data.items().index("hat");
        assertThat(data.itemDegrees()[hat]).isZero();
        ContentModel m = train(c, data, ContentConfig.defaults(), 1);

        int knitter = data.users().index("knitter");
        assertThat(top(data, m, data.history(knitter), 1)).containsExactly("hat");
        assertThat(top(data, m, data.history(knitter).asAnonymous(), 1)).containsExactly("hat");
        assertThat(m.similar(hat, 2)).extracting(s -> data.items().id(s.item())).containsExactly("scarf", "mittens");
        assertThat(m.similar(data.items().index("scarf"), 1)).extracting(s -> data.items().id(s.item()))
            .containsExactly("hat");
    }

    @Test
    void similarityIsTheCosineOfTfIdfVectorsAndItemsWithoutTextHaveNone() {
        Catalogue c = shop();
        Interactions data = c.build();
        ContentModel m = train(c, data, ContentConfig.defaults(), 1);

        List<SimilarItem> forMittens = m.similar(data.items().index("mittens"), 10);

        assertThat(forMittens.get(0).similarity()).isBetween(0.0, 1.0);
        assertThat(forMittens).isSortedAccordingTo((a, b) -> Double.compare(b.similarity(), a.similarity()));
        assertThat(forMittens).extracting(s -> data.items().id(s.item())).doesNotContain("pan", "kettle", "mittens");
        assertThat(m.similar(data.items().index("bare"), 5)).isEmpty();
        assertThat(m.similar(-3, 5)).isEmpty();
    }

    @Test
    void theNewestItemsWeighMostInTheProfile() {
        Catalogue c = shop();
        Interactions data = c.build();
        ContentModel m = train(c, data, ContentConfig.defaults().withRecencyDecay(0.3), 1);
        int jumper = data.items().index("jumper");
        int pan = data.items().index("pan");

        assertThat(top(data, m, UserHistory.anonymous(new int[] {jumper, pan}), 1)).singleElement()
            .isIn("kettle", "spoon");
        assertThat(top(data, m, UserHistory.anonymous(new int[] {pan, jumper}), 1)).singleElement()
            .isIn("scarf", "hat", "mittens");
    }

    @Test
    void aHistoryWithoutTextGetsPopularItems() {
        Catalogue c = shop();
        Interactions data = c.build();
        ContentModel m = train(c, data, ContentConfig.defaults(), 1);

        assertThat(top(data, m, UserHistory.anonymous(new int[0]), 2)).containsExactlyInAnyOrder("pan", "kettle");
        int[] bare = {data.items().index("bare")};
        assertThat(top(data, m, UserHistory.anonymous(bare), 2)).containsExactlyInAnyOrder("pan", "kettle");
    }

    @Test
    void chineseTitlesFindEachOtherThroughCharacterBigrams() {
        Catalogue c = new Catalogue()
            .item("a", "蓝牙耳机 黑色")
            .item("b", "无线蓝牙耳机")
            .item("c", "不锈钢保温杯")
            .item("d", "保温杯 500ml");
        c.buy("u", "a", 0);
        Interactions data = c.build();
        ContentModel m = train(c, data, ContentConfig.defaults(), 1);

        assertThat(m.similar(data.items().index("a"), 5)).extracting(s -> data.items().id(s.item()))
            .containsExactly("b");
        assertThat(m.similar(data.items().index("c"), 5)).extracting(s -> data.items().id(s.item()))
            .containsExactly("d");
    }

    @Test
    void denseVectorsPlugInThroughTheSourceInterface() {
        Catalogue c = shop();
        Interactions data = c.build();
        // a 2-d "embedding": the angle of item i is i * 10 degrees
        ItemVectors.Source angles = (d, config) -> new ItemVectors() {
            public int itemCount() {
                return d.itemCount();
            }

            public int[] dims(int item) {
                return new int[] {0, 1};
            }

            public float[] values(int item) {
                double a = Math.toRadians(item * 10);
                return new float[] {(float) Math.cos(a) * 3, (float) Math.sin(a) * 3};
            }
        };
        ContentModel m = new ContentAlgorithm(angles).trainer(ContentConfig.defaults(), TrainContext.seeded(1))
            .train(data);

        List<SimilarItem> near3 = m.similar(3, 2);
        assertThat(near3).extracting(SimilarItem::item).containsExactlyInAnyOrder(2, 4);
        assertThat(near3.get(0).similarity()).isCloseTo(Math.cos(Math.toRadians(10)), within(1e-5));
    }

    @Test
    void theModelDoesNotDependOnTheThreadCount() {
        Catalogue c = shop();
        Interactions data = c.build();
        ContentFormat format = new ContentFormat();

        byte[] one = format.write(train(c, data, ContentConfig.defaults(), 1));
        byte[] two = format.write(train(c, data, ContentConfig.defaults(), 2));

        assertThat(two).isEqualTo(one);
    }

    @Test
    void theSearchSpaceIsSmallAndHoldsTheDefaults() {
        ContentAlgorithm a = new ContentAlgorithm(id -> null);
        assertThat(a.searchSpace()).hasSizeLessThanOrEqualTo(16).contains(a.defaults());
    }
}
