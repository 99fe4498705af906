package io.marketpilot.recommend.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.recommend.data.Interactions;
import io.marketpilot.recommend.model.TopItems;
import io.marketpilot.recommend.model.TrainContext;
import io.marketpilot.recommend.model.UserHistory;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionKnnAlgorithmTest {
    private final SessionKnnAlgorithm algorithm = new SessionKnnAlgorithm();

    /**
     * 200 users, two sessions a day apart, each walking 4 steps along one of two planted item chains (a0 → a1 → …
     * → a19 or b0 → … → b19) from a random start; the second session's chain is random too.
     */
    static Interactions chains(long seed) {
        Random rnd = new Random(seed);
        Events e = new Events();
        for (int u = 0; u < 200; u++) {
            for (int session = 0; session < 2; session++) {
                String chain = rnd.nextBoolean() ? "a" : "b";
                int from = rnd.nextInt(16);
                for (int step = 0; step < 4; step++) {
                    e.add("u" + u, chain + (from + step), session * 1440L + step);
                }
            }
        }
        return e.build();
    }

    private SessionKnnModel train(Interactions data, SessionKnnConfig config) {
        return algorithm.trainer(config, TrainContext.seeded(5)).train(data);
    }

    private static int[] items(Interactions data, String... ids) {
        return Arrays.stream(ids).mapToInt(id -> data.items().index(id)).toArray();
    }

    private static List<String> top(Interactions data, SessionKnnModel model, UserHistory h, int n) {
        float[] s = new float[model.itemCount()];
        model.score(h, s);
        int[] had = h.items().clone();
        Arrays.sort(had);
        return Arrays.stream(TopItems.of(s, n, i -> Arrays.binarySearch(had, i) >= 0))
            .mapToObj(i -> data.items().id(i)).toList();
    }

    @Test
    void anAnonymousSessionGetsItsOwnChainAroundItsLatestItems() {
        Interactions data = chains(1);
        SessionKnnModel model = train(data, SessionKnnConfig.defaults());

        List<String> next = top(data, model, UserHistory.anonymous(items(data, "a8", "a9")), 3);

        assertThat(next).allSatisfy(id -> assertThat(id).startsWith("a"));
        assertThat(next).contains("a10");
    }

    @Test
    void theNewestItemWeighsMostWhenTheSessionSwitchesChains() {
        Interactions data = chains(2);
        SessionKnnModel model = train(data, SessionKnnConfig.defaults().withTransitionWeight(0));

        List<String> next = top(data, model, UserHistory.anonymous(items(data, "a3", "b12")), 1);

        assertThat(next).singleElement().asString().startsWith("b");
    }

    @Test
    void withOnlyTransitionsTheTopItemIsTheUsualSuccessorOfTheLastItem() {
        Interactions data = chains(3);
        SessionKnnModel model = train(data, SessionKnnConfig.defaults().withTransitionWeight(1));

        assertThat(top(data, model, UserHistory.anonymous(items(data, "b0", "a4")), 1)).containsExactly("a5");
    }

    @Test
    void knownUsersAreFoldedInFromTheirItemsButNotTheirOwnSessions() {
        Events e = new Events();
        // only u0 ever had p and q together; everyone else shows x → y
        e.add("u0", "p", 0).add("u0", "q", 1);
        for (int u = 1; u < 20; u++) {
            e.add("u" + u, "x", 0).add("u" + u, "y", 1);
        }
        Interactions data = e.build();
        SessionKnnModel model = train(data, SessionKnnConfig.defaults().withTransitionWeight(0));
        int u0 = data.users().index("u0");
        UserHistory asKnown = new UserHistory(u0, items(data, "p"), new float[] {1}, new long[] {0});

        assertThat(top(data, model, asKnown.asAnonymous(), 1)).containsExactly("q");
        // for u0 itself q comes from nowhere but popularity: y (19 users) beats q (1 user)
        assertThat(top(data, model, asKnown, 2)).containsExactly("x", "y");
    }

    @Test
    void aHistoryOfUnknownOrNoItemsGetsPopularItems() {
        Interactions data = new Events().add("u", "a", 0).add("v", "a", 0).add("v", "b", 1).build();
        SessionKnnModel model = train(data, SessionKnnConfig.defaults());

        assertThat(top(data, model, UserHistory.anonymous(new int[0]), 2)).containsExactly("a", "b");
        assertThat(top(data, model, UserHistory.anonymous(new int[] {99}), 1)).containsExactly("a");
    }

    @Test
    void sameDataAndSeedGiveTheSameModelBytes() {
        Interactions data = chains(4);
        var format = new SessionKnnFormat();

        assertThat(format.write(train(data, SessionKnnConfig.defaults())))
            .isEqualTo(format.write(train(data, SessionKnnConfig.defaults())));
    }

    @Test
    void theSearchSpaceIsSmallAndHoldsTheDefaults() {
        assertThat(algorithm.searchSpace()).hasSizeLessThanOrEqualTo(16).contains(algorithm.defaults());
    }
}
