package io.marketpilot.recommend.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssociationRulesAlgorithmTest {
    private static final TrainContext CTX = TrainContext.seeded(42);
    private final AssociationRulesAlgorithm algorithm = new AssociationRulesAlgorithm();

    /** Ten one-basket users: 4 × {bread, butter}, 2 × {bread, jam}, 2 × {butter, milk}, 2 × {milk}. */
    private static Interactions breakfast() {
        Purchases p = new Purchases();
        int u = 0;
        for (int k = 0; k < 4; k++) {
            p.basket("u" + u++, 0, "bread", "butter");
        }
        for (int k = 0; k < 2; k++) {
            p.basket("u" + u++, 0, "bread", "jam");
            p.basket("u" + u++, 0, "butter", "milk");
            p.basket("u" + u++, 0, "milk");
        }
        return p.build();
    }

    private AssociationRulesModel train(Interactions data, RulesConfig config) {
        return algorithm.trainer(config, CTX).train(data);
    }

    private static RulesConfig lenient() {
        return RulesConfig.defaults().withMinSupport(MinSupport.baskets(2)).withMinConfidence(0);
    }

    @Test
    void boughtTogetherHasSupportConfidenceAndLiftOfEachRule() {
        Interactions data = breakfast();
        int bread = data.items().index("bread");

        List<BoughtTogether> byLift = train(data, lenient()).boughtTogether(bread, 10);

        assertThat(byLift).extracting(b -> data.items().id(b.item())).containsExactly("jam", "butter");
        BoughtTogether jam = byLift.get(0);
        assertThat(jam.baskets()).isEqualTo(2);
        assertThat(jam.support()).isCloseTo(0.2, within(1e-6));
        assertThat(jam.confidence()).isCloseTo(2.0 / 6, within(1e-6));
        assertThat(jam.lift()).isCloseTo((2.0 / 6) / 0.2, within(1e-5));
        assertThat(byLift.get(1).confidence()).isCloseTo(4.0 / 6, within(1e-6));
        assertThat(byLift.get(1).lift()).isCloseTo((4.0 / 6) / 0.6, within(1e-5));
    }

    @Test
    void boughtTogetherCanBeOrderedByConfidenceAndIsCutAtN() {
        Interactions data = breakfast();
        int bread = data.items().index("bread");

        var model = train(data, lenient().withOrder(RuleOrder.CONFIDENCE));

        assertThat(model.boughtTogether(bread, 10)).extracting(b -> data.items().id(b.item()))
            .containsExactly("butter", "jam");
        assertThat(model.boughtTogether(bread, 1)).hasSize(1);
        assertThat(model.boughtTogether(-1, 5)).isEmpty();
    }

    @Test
    void rulesUnderTheThresholdsAreDropped() {
        Interactions data = breakfast();
        int bread = data.items().index("bread");

        assertThat(train(data, lenient().withMinConfidence(0.5)).boughtTogether(bread, 10))
            .extracting(b -> data.items().id(b.item())).containsExactly("butter");
        assertThat(train(data, lenient().withMinSupport(MinSupport.baskets(3))).boughtTogether(bread, 10))
            .extracting(b -> data.items().id(b.item())).containsExactly("butter");
    }

    @Test
    void basketsAreCutWhereTheGapExceedsTheLimit() {
        Purchases p = new Purchases();
        for (int u = 0; u < 3; u++) {
            p.basket("u" + u, 0, "tent", "pegs");
            p.basket("u" + u, 600, "stove");
        }
        Interactions data = p.build();
        int tent = data.items().index("tent");

        var perVisit = train(data, lenient().withBasketGapMinutes(60));
        var perUser = train(data, lenient().withBasketGapMinutes(0));

        assertThat(perVisit.boughtTogether(tent, 5)).extracting(b -> data.items().id(b.item()))
            .containsExactly("pegs");
        assertThat(perUser.boughtTogether(tent, 5)).extracting(b -> data.items().id(b.item()))
            .containsExactlyInAnyOrder("pegs", "stove");
    }

    /** {a,b,c} ×3, {a,d} ×3, {b,d} ×3, {a,b} ×1: a and b together point to c, each alone is undecided. */
    private static Interactions twoItemAntecedent() {
        Purchases p = new Purchases();
        int u = 0;
        for (int k = 0; k < 3; k++) {
            p.basket("u" + u++, 0, "a", "b", "c");
            p.basket("u" + u++, 0, "a", "d");
            p.basket("u" + u++, 0, "b", "d");
        }
        p.basket("u" + u, 0, "a", "b");
        return p.build();
    }

    @Test
    void aTwoItemAntecedentFiresOnlyWhenTheHistoryHoldsBoth() {
        Interactions data = twoItemAntecedent();
        int a = data.items().index("a");
        int b = data.items().index("b");
        int c = data.items().index("c");
        int d = data.items().index("d");
        var model = train(data, lenient());
        float[] s = new float[model.itemCount()];

        model.score(UserHistory.anonymous(new int[] {a}), s);
        assertThat(s[c]).isCloseTo(1 + 3f / 7, within(1e-6f));
        assertThat(s[d]).isCloseTo(1 + 3f / 7, within(1e-6f));

        model.score(UserHistory.anonymous(new int[] {a, b}), s);
        assertThat(s[c]).isCloseTo(1 + 3f / 4, within(1e-6f));
        assertThat(s[d]).isCloseTo(1 + 3f / 7, within(1e-6f));
    }

    @Test
    void sumScoringAddsTheConfidenceOfEveryFiredRule() {
        Interactions data = twoItemAntecedent();
        int a = data.items().index("a");
        int b = data.items().index("b");
        int c = data.items().index("c");
        var model = train(data, lenient().withScoring(RuleScoring.SUM));
        float[] s = new float[model.itemCount()];

        model.score(UserHistory.anonymous(new int[] {a, b}), s);

        assertThat(s[c]).isCloseTo(1 + 3f / 7 + 3f / 7 + 3f / 4, within(1e-5f));
    }

    @Test
    void aHistoryThatFiresNoRuleGetsItemsByPopularity() {
        Interactions data = breakfast();
        var model = train(data, lenient().withMinConfidence(0.9));
        float[] s = new float[model.itemCount()];

        model.score(UserHistory.anonymous(new int[] {data.items().index("jam")}), s);

        assertThat(ids(data, TopItems.of(s, 3, i -> false))).containsExactly("bread", "butter", "milk");
    }

    @Test
    void plantedClustersRecommendTheirOwnItemsAlsoWhenFoldedIn() {
        Random rnd = new Random(3);
        Purchases p = new Purchases();
        for (int u = 0; u < 200; u++) {
            String cluster = u % 2 == 0 ? "A" : "B";
            for (int basket = 0; basket < 3; basket++) {
                for (int k = 0; k < 4; k++) {
                    p.add("u" + u, cluster + rnd.nextInt(30), basket * 1000L);
                }
            }
        }
        Interactions data = p.build();
        var model = train(data, RulesConfig.defaults());
        float[] s = new float[model.itemCount()];
        int user = data.users().index("u0");
        UserHistory history = data.history(user);

        model.score(history.asAnonymous(), s);
        int[] top = TopItems.of(s, 5, i -> data.contains(user, i));

        assertThat(ids(data, top)).hasSize(5).allSatisfy(id -> assertThat(id).startsWith("A"));
        float[] known = new float[model.itemCount()];
        model.score(history, known);
        assertThat(known).containsExactly(s);
    }

    private static List<String> ids(Interactions data, int[] items) {
        return java.util.Arrays.stream(items).mapToObj(i -> data.items().id(i)).toList();
    }

    @Test
    void sameDataAndSeedGiveTheSameModelBytes() {
        Interactions data = twoItemAntecedent();
        var format = new AssociationRulesFormat();

        byte[] one = format.write(train(data, lenient()));
        byte[] two = format.write(train(data, lenient()));

        assertThat(one).isEqualTo(two);
    }

    @Test
    void theItemsetCapRaisesTheSupportAndRecordsIt() {
        var model = train(twoItemAntecedent(), lenient().withMaxItemsets(3));
        var lenientModel = train(twoItemAntecedent(), lenient());
        assertThat(model.provenance().metrics().get("frequent_itemsets")).isLessThanOrEqualTo(3.0);
        assertThat(model.provenance().metrics().get("effective_min_support_baskets"))
            .isGreaterThan(lenientModel.provenance().metrics().get("effective_min_support_baskets"));
    }

    @Test
    void fpGrowthAloneStopsAtTheCapWithAClearMessage() {
        assertThatThrownBy(() -> new FpGrowth(1, 3, 2).mine(3, new int[] {0, 3}, new int[] {0, 1, 2}, f -> { }))
            .hasMessageContaining("more than 2 frequent itemsets");
    }

    @Test
    void theSearchSpaceIsSmallAndHoldsTheDefaults() {
        assertThat(algorithm.searchSpace()).hasSizeLessThanOrEqualTo(16).contains(algorithm.defaults());
        assertThat(algorithm.defaults().params()).containsEntry("min_support", "0.001");
    }
}
